package ers.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table placed at the page flow's cursor: a shaded header row, then rows that are never
 * split; a table that runs on repeats its header row at the top of the next page.
 */
final class RuledTable {

    static final double SIZE = 8.5;
    private static final double PAD = 3;

    private final PageFlow flow;
    private final Typesetter type;
    private final String owner;

    /** @param owner what the table belongs to, for messages: {@code unit F17} */
    RuledTable(PageFlow flow, String owner) {
        this.flow = flow;
        this.type = flow.type();
        this.owner = owner;
    }

    /** {@code widths} are those of all columns but the last, which takes the rest of the line. */
    void place(double[] widths, List<String> heads, List<List<String>> rows, String what)
            throws SheetException {
        double[] xs = edges(widths, heads.size());
        List<List<String>> headLines = cells(xs, heads, Face.BOLD, what);
        double headHeight = height(headLines);
        boolean headed = false;
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> cells = cells(xs, rows.get(r), Face.REGULAR, what + " of " + owner);
            double height = height(cells);
            if (headHeight + height > flow.freshRoom()) {
                throw new SheetException("line " + (r + 1) + " of " + what + " of " + owner
                        + " is taller than a page");
            }
            if (headed && height > flow.room() || !headed && headHeight + height > flow.room()) {
                flow.newPage();
                headed = false;
            }
            if (!headed) {
                flow.add(new Element.Shade(xs[0], flow.y(), xs[heads.size()] - xs[0], headHeight));
                flow.rule(xs[0], flow.y(), xs[heads.size()], flow.y());
                rowOf(xs, headLines, Face.BOLD, headHeight);
                headed = true;
            }
            rowOf(xs, cells, Face.REGULAR, height);
        }
    }

    /** The room the table takes where it starts: its header row and first row, which never part. */
    double openingHeight(double[] widths, List<String> heads, List<String> firstRow, String what)
            throws SheetException {
        double[] xs = edges(widths, heads.size());
        return height(cells(xs, heads, Face.BOLD, what)) + height(cells(xs, firstRow, Face.REGULAR, what + " of " + owner));
    }

    private static double[] edges(double[] widths, int columns) {
        double[] xs = new double[columns + 1];
        xs[0] = PageFlow.LEFT;
        for (int i = 0; i < widths.length; i++) {
            xs[i + 1] = xs[i] + widths[i];
        }
        xs[columns] = PageFlow.RIGHT;
        return xs;
    }

    private List<List<String>> cells(double[] xs, List<String> texts, Face face, String where) throws SheetException {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < texts.size(); c++) {
            cells.add(type.wrap(texts.get(c), face, SIZE, xs[c + 1] - xs[c] - 2 * PAD, where));
        }
        return cells;
    }

    private static double height(List<List<String>> cells) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(0);
        return Math.max(1, lines) * SIZE * Typesetter.LEADING + 2 * PAD;
    }

    /** One row at the cursor, cells read left to right, ruled below and between; then the cursor below it. */
    private void rowOf(double[] xs, List<List<String>> cells, Face face, double height) {
        double top = flow.y();
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            for (int i = 0; i < lines.size(); i++) {
                flow.text(xs[c] + PAD, top + PAD + type.ascent(SIZE) + i * SIZE * Typesetter.LEADING, SIZE, face,
                        lines.get(i));
            }
        }
        flow.rule(xs[0], top + height, xs[xs.length - 1], top + height);
        for (double x : xs) {
            flow.rule(x, top, x, top + height);
        }
        flow.moveTo(top + height);
    }
}
