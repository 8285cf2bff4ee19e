package ers.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The "Sheet history" pages that follow a unit's record sheet when asked for: the history of
 * signing, reopening and voiding as a ruled table, then each signature line's state now. Rows
 * are never split; a table that runs on repeats its header row on the next page.
 */
final class HistoryPages {

    static final String TITLE = "Sheet history";
    private static final double SIZE = 8.5;
    private static final double PAD = 3;

    private final PageFlow flow;
    private final Typesetter type;
    private final String unitCode;

    HistoryPages(PageFlow flow, String unitCode) {
        this.flow = flow;
        this.type = flow.type();
        this.unitCode = unitCode;
    }

    void place(SheetData data, SheetHistory history) throws SheetException {
        flow.runningHead(TITLE + " · " + data.unitTitle()
                + (data.qualification() == null ? "" : " · " + data.qualification()), "the heading of the history");
        flow.newPage();
        flow.paragraph(data.candidateLine(), Face.REGULAR, 8, "the candidate's or centre's name or number");
        flow.advance(8);
        flow.paragraph("Signing, reopening and voiding, in the order they happened (UK time)", Face.BOLD, 10,
                "the history's heading");
        flow.advance(3);
        List<List<String>> events = new ArrayList<>();
        history.events().forEach(e -> events.add(List.of(e.when(), e.action(), e.role(), e.name(), e.detail())));
        if (events.isEmpty()) {
            flow.paragraph("Nothing has been signed, reopened or voided.", Face.REGULAR, SIZE, "the history");
        } else {
            table(new double[] {82, 52, 110, 120}, List.of("Date and time", "Action", "Role", "Name", "Detail"),
                    events, "the history");
        }
        flow.advance(12);
        flow.paragraph("Signatures now", Face.BOLD, 10, "the history's heading");
        flow.advance(3);
        List<List<String>> checks = new ArrayList<>();
        history.checks().forEach(c -> checks.add(List.of(c.role(), c.state(), c.name(), c.date(), c.remarks())));
        table(new double[] {110, 44, 120, 56}, List.of("Role", "State", "Name", "Date", "Remarks"), checks,
                "the signatures' states");
    }

    /** {@code widths} are those of all columns but the last, which takes the rest of the line. */
    private void table(double[] widths, List<String> heads, List<List<String>> rows, String what)
            throws SheetException {
        double[] xs = new double[heads.size() + 1];
        xs[0] = PageFlow.LEFT;
        for (int i = 0; i < widths.length; i++) {
            xs[i + 1] = xs[i] + widths[i];
        }
        xs[heads.size()] = PageFlow.RIGHT;
        List<List<String>> headLines = cells(xs, heads, Face.BOLD, what);
        double headHeight = height(headLines);
        boolean headed = false;
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> cells = cells(xs, rows.get(r), Face.REGULAR, what + " of unit " + unitCode);
            double height = height(cells);
            if (headHeight + height > flow.freshRoom()) {
                throw new SheetException("line " + (r + 1) + " of " + what + " of unit " + unitCode
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
