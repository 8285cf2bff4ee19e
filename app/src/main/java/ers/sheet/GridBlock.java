package ers.sheet;

import ers.portfolio.EvidenceRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The evidence grid of one criterion group: the two header rows, repeated at the top of every
 * page, then one row per evidence item, never split across pages.
 */
final class GridBlock {

    static final double REF_WIDTH = 58;
    static final double METHOD_WIDTH = 64;
    static final double MIN_TITLE_WIDTH = 180;
    static final double MIN_ROW = 20;
    private static final double HEADER_SIZE = 8;
    private static final double BODY_SIZE = 9;
    private static final double PAD = 3;

    private final PageFlow flow;
    private final Typesetter type;
    private final CriterionGroup group;
    private final String unitCode;
    private final double titleX;
    private final double methodX;
    private final double criteriaX;
    private final double firstRow;
    private final double headerHeight;
    private final List<String> heads;
    private double top;
    private final List<Double> rowBottoms = new ArrayList<>();

    GridBlock(PageFlow flow, CriterionGroup group, String unitCode) throws SheetException {
        this.flow = flow;
        this.type = flow.type();
        this.group = group;
        this.unitCode = unitCode;
        criteriaX = PageFlow.RIGHT - group.width();
        methodX = criteriaX - METHOD_WIDTH;
        titleX = PageFlow.LEFT + REF_WIDTH;
        heads = List.of("Evidence reference", "Evidence title", "Assessment method");
        firstRow = HEADER_SIZE * Typesetter.LEADING + 2 * PAD;
        double numbers = group.rotated() ? widestNumber() + 3 * PAD : firstRow;
        double textHeads = 0;
        for (int i = 0; i < heads.size(); i++) {
            textHeads = Math.max(textHeads, headLines(i).size() * HEADER_SIZE * Typesetter.LEADING + 2 * PAD);
        }
        headerHeight = Math.max(firstRow + numbers, textHeads);
    }

    /** The width the criterion columns may share: what the three text columns leave. */
    static double criteriaRoom() {
        return PageFlow.RIGHT - PageFlow.LEFT - REF_WIDTH - METHOD_WIDTH - MIN_TITLE_WIDTH;
    }

    double headerHeight() {
        return headerHeight;
    }

    void header() throws SheetException {
        top = flow.y();
        rowBottoms.clear();
        flow.add(new Element.Shade(PageFlow.LEFT, top, PageFlow.RIGHT - PageFlow.LEFT, headerHeight));
        double[] xs = {PageFlow.LEFT, titleX, methodX};
        for (int i = 0; i < heads.size(); i++) {
            List<String> lines = headLines(i);
            for (int l = 0; l < lines.size(); l++) {
                flow.text(xs[i] + PAD, top + PAD + type.ascent(HEADER_SIZE) + l * HEADER_SIZE * Typesetter.LEADING,
                        HEADER_SIZE, Face.BOLD, lines.get(l));
            }
        }
        double x = criteriaX;
        for (OutcomeSpan span : group.spans()) {
            double w = type.width(span.label(), Face.BOLD, HEADER_SIZE);
            flow.text(x + (span.width() - w) / 2, top + PAD + type.ascent(HEADER_SIZE), HEADER_SIZE, Face.BOLD,
                    span.label());
            x += span.width();
        }
        double numbersTop = top + firstRow;
        double numbersHeight = headerHeight - firstRow;
        x = criteriaX;
        for (OutcomeSpan span : group.spans()) {
            for (String number : span.criteria()) {
                double centre = x + span.columnWidth() / 2;
                double capMiddle = 0.36 * ColumnPlanner.NUMBER_SIZE;
                if (group.rotated()) {
                    flow.add(new Element.Text(centre + capMiddle, numbersTop + numbersHeight - 1.5 * PAD,
                            ColumnPlanner.NUMBER_SIZE, Face.REGULAR, number, true));
                } else {
                    double w = type.width(number, Face.REGULAR, ColumnPlanner.NUMBER_SIZE);
                    flow.text(centre - w / 2, numbersTop + numbersHeight / 2 + capMiddle,
                            ColumnPlanner.NUMBER_SIZE, Face.REGULAR, number);
                }
                x += span.columnWidth();
            }
        }
        flow.advance(headerHeight);
    }

    void row(EvidenceRow row) throws SheetException {
        String who = "evidence " + (row.reference() == null || row.reference().isBlank() ? row.id() : row.reference())
                + " in unit " + unitCode;
        List<String> ref = type.wrap(row.reference(), Face.REGULAR, BODY_SIZE, REF_WIDTH - 2 * PAD,
                "the reference of " + who);
        List<String> title = type.wrap(row.title(), Face.REGULAR, BODY_SIZE, methodX - titleX - 2 * PAD,
                "the title of " + who);
        List<String> methods = type.wrap(String.join(", ", row.methods()), Face.REGULAR, BODY_SIZE,
                METHOD_WIDTH - 2 * PAD, "the assessment methods of " + who);
        int lines = Math.max(ref.size(), Math.max(title.size(), methods.size()));
        double height = Math.max(MIN_ROW, lines * BODY_SIZE * Typesetter.LEADING + 2 * PAD + 1);
        double fits = flow.freshRoom() - headerHeight;
        if (height > fits) {
            throw new SheetException(who + " is too long to print: its row needs " + Math.round(height)
                    + " pt of height but a page holds " + Math.round(fits)
                    + " pt; shorten its title or split it into two rows");
        }
        if (height > flow.room()) {
            close();
            flow.newPage();
            header();
        }
        double rowTop = flow.y();
        cell(ref, PageFlow.LEFT, rowTop);
        cell(title, titleX, rowTop);
        cell(methods, methodX, rowTop);
        double x = criteriaX;
        for (OutcomeSpan span : group.spans()) {
            for (String criterion : span.criteria()) {
                if (row.covers(criterion)) {
                    flow.add(new Element.Tick(x, rowTop, span.columnWidth(), height, row.reference(), criterion));
                }
                x += span.columnWidth();
            }
        }
        flow.advance(height);
        rowBottoms.add(flow.y());
    }

    /** Empty ruled rows for handwritten additions, down to what {@code keepFree} leaves. */
    void blankRows(double keepFree) {
        while (flow.room() - keepFree >= MIN_ROW) {
            flow.advance(MIN_ROW);
            rowBottoms.add(flow.y());
        }
    }

    /** Rules the part of the grid on the current page. */
    void close() {
        double bottom = flow.y();
        double left = PageFlow.LEFT;
        double right = PageFlow.RIGHT;
        flow.rule(left, top, right, top);
        flow.rule(criteriaX, top + firstRow, right, top + firstRow);
        flow.rule(left, top + headerHeight, right, top + headerHeight);
        rowBottoms.forEach(y -> flow.rule(left, y, right, y));
        for (double x : new double[] {left, titleX, methodX}) {
            flow.rule(x, top, x, bottom);
        }
        double x = criteriaX;
        for (OutcomeSpan span : group.spans()) {
            flow.rule(x, top, x, bottom);
            for (int i = 1; i < span.criteria().size(); i++) {
                double inner = x + i * span.columnWidth();
                flow.rule(inner, top + firstRow, inner, bottom);
            }
            x += span.width();
        }
        flow.rule(right, top, right, bottom);
    }

    private void cell(List<String> lines, double x, double rowTop) {
        for (int i = 0; i < lines.size(); i++) {
            flow.text(x + PAD, rowTop + PAD + 1 + type.ascent(BODY_SIZE) + i * BODY_SIZE * Typesetter.LEADING,
                    BODY_SIZE, Face.REGULAR, lines.get(i));
        }
    }

    private List<String> headLines(int column) throws SheetException {
        double[] widths = {REF_WIDTH, methodX - titleX, METHOD_WIDTH};
        return type.wrap(heads.get(column), Face.BOLD, HEADER_SIZE, widths[column] - 2 * PAD, "the grid's heading");
    }

    private double widestNumber() {
        return group.spans().stream().flatMap(s -> s.criteria().stream())
                .mapToDouble(n -> type.width(n, Face.REGULAR, ColumnPlanner.NUMBER_SIZE)).max().orElse(0);
    }
}
