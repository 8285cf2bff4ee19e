package ers.sheet;

import ers.portfolio.EvidenceRow;
import java.util.List;

/**
 * One evidence row wrapped into its three text columns, and the height that takes. Measured once
 * per sheet: every page group prints the row with the same title width, so it is equally tall
 * in each and the groups break their pages at the same rows.
 */
record RowCells(EvidenceRow row, List<String> reference, List<String> title, List<String> methods, double height) {

    static final double BODY_SIZE = 9;
    static final double PAD = 3;

    RowCells {
        reference = List.copyOf(reference);
        title = List.copyOf(title);
        methods = List.copyOf(methods);
    }

    /**
     * @param titleWidth the evidence title column's width
     * @param fits       the most a row may need: a page's room under the header rows
     */
    static RowCells measure(Typesetter type, EvidenceRow row, double titleWidth, String unitCode, double fits)
            throws SheetException {
        String who = "evidence " + (row.reference() == null || row.reference().isBlank() ? row.id() : row.reference())
                + " in unit " + unitCode;
        List<String> ref = type.wrap(row.reference(), Face.REGULAR, BODY_SIZE, GridBlock.REF_WIDTH - 2 * PAD,
                "the reference of " + who);
        List<String> title = type.wrap(row.title(), Face.REGULAR, BODY_SIZE, titleWidth - 2 * PAD,
                "the title of " + who);
        List<String> methods = type.wrap(String.join(", ", row.methods()), Face.REGULAR, BODY_SIZE,
                GridBlock.METHOD_WIDTH - 2 * PAD, "the assessment methods of " + who);
        int lines = Math.max(ref.size(), Math.max(title.size(), methods.size()));
        double height = Math.max(GridBlock.MIN_ROW, lines * BODY_SIZE * Typesetter.LEADING + 2 * PAD + 1);
        if (height > fits) {
            throw new SheetException(who + " is too long to print: its row needs " + Math.round(height)
                    + " pt of height but a page holds " + Math.round(fits)
                    + " pt; shorten its title or split it into two rows");
        }
        return new RowCells(row, ref, title, methods, height);
    }
}
