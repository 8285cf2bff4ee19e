package ers.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The evidence grid of one criterion group: the two header rows, repeated at the top of every
 * page, then one row per evidence item, never split across pages, and blank ruled rows to fill
 * the group's last page.
 */
final class GridBlock {

    static final double REF_WIDTH = 58;
    static final double METHOD_WIDTH = 64;
    static final double MIN_TITLE_WIDTH = 180;
    static final double MIN_ROW = 20;
    private static final double HEADER_SIZE = 8;
    private static final double PAD = RowCells.PAD;
    private static final List<String> HEADS = List.of("Evidence reference", "Evidence title", "Assessment method");
    private static final double FIRST_ROW = HEADER_SIZE * Typesetter.LEADING + 2 * PAD;

    private final PageFlow flow;
    private final Typesetter type;
    private final CriterionGroup group;
    private final double titleX;
    private final double methodX;
    private final double criteriaX;
    private final double headerHeight;
    private double top;
    private final List<Double> rowBottoms = new ArrayList<>();

    /** @param headerHeight the header rows' height, the same in every group so that rows line up */
    GridBlock(PageFlow flow, CriterionGroup group, double headerHeight) {
        this.flow = flow;
        this.type = flow.type();
        this.group = group;
        this.headerHeight = headerHeight;
        criteriaX = PageFlow.RIGHT - group.width();
        methodX = criteriaX - METHOD_WIDTH;
        titleX = PageFlow.LEFT + REF_WIDTH;
    }

    /** The width the criterion columns may share: what the three text columns leave. */
    static double criteriaRoom() {
        return PageFlow.RIGHT - PageFlow.LEFT - REF_WIDTH - METHOD_WIDTH - MIN_TITLE_WIDTH;
    }

    /** The evidence title column's width beside this group's criterion columns. */
    static double titleWidth(CriterionGroup group) {
        return PageFlow.RIGHT - PageFlow.LEFT - REF_WIDTH - METHOD_WIDTH - group.width();
    }

    /** The two header rows' height: the text heads, wrapped, or the criterion numbers, turned or not. */
    static double headerHeight(Typesetter type, CriterionGroup group) throws SheetException {
        double numbers = group.rotated() ? widestNumber(type, group) + 3 * PAD : FIRST_ROW;
        double textHeads = 0;
        double[] widths = {REF_WIDTH, titleWidth(group), METHOD_WIDTH};
        for (int i = 0; i < HEADS.size(); i++) {
            textHeads = Math.max(textHeads, headLines(type, i, widths[i]).size() * HEADER_SIZE * Typesetter.LEADING
                    + 2 * PAD);
        }
        return Math.max(FIRST_ROW + numbers, textHeads);
    }

    void header() throws SheetException {
        top = flow.y();
        rowBottoms.clear();
        flow.add(new Element.Shade(PageFlow.LEFT, top, PageFlow.RIGHT - PageFlow.LEFT, headerHeight));
        double[] xs = {PageFlow.LEFT, titleX, methodX};
        double[] widths = {REF_WIDTH, methodX - titleX, METHOD_WIDTH};
        for (int i = 0; i < HEADS.size(); i++) {
            List<String> lines = headLines(type, i, widths[i]);
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
        double numbersTop = top + FIRST_ROW;
        double numbersHeight = headerHeight - FIRST_ROW;
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

    /** The row at the cursor; the page it goes on was chosen by {@link RowPaging}. */
    void row(RowCells cells) {
        double rowTop = flow.y();
        double height = cells.height();
        cell(cells.reference(), PageFlow.LEFT, rowTop);
        cell(cells.title(), titleX, rowTop);
        cell(cells.methods(), methodX, rowTop);
        double x = criteriaX;
        for (OutcomeSpan span : group.spans()) {
            for (String criterion : span.criteria()) {
                if (cells.row().covers(criterion)) {
                    flow.add(new Element.Tick(x, rowTop, span.columnWidth(), height, cells.row().reference(),
                            criterion));
                }
                x += span.columnWidth();
            }
        }
        flow.advance(height);
        rowBottoms.add(flow.y());
    }

    /** {@code count} empty ruled rows for handwritten additions, as {@link GridPlan#blankRows} counted them. */
    void blankRows(int count) {
        for (int i = 0; i < count; i++) {
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
        flow.rule(criteriaX, top + FIRST_ROW, right, top + FIRST_ROW);
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
                flow.rule(inner, top + FIRST_ROW, inner, bottom);
            }
            x += span.width();
        }
        flow.rule(right, top, right, bottom);
    }

    private void cell(List<String> lines, double x, double rowTop) {
        double size = RowCells.BODY_SIZE;
        for (int i = 0; i < lines.size(); i++) {
            flow.text(x + PAD, rowTop + PAD + 1 + type.ascent(size) + i * size * Typesetter.LEADING,
                    size, Face.REGULAR, lines.get(i));
        }
    }

    private static List<String> headLines(Typesetter type, int column, double width) throws SheetException {
        return type.wrap(HEADS.get(column), Face.BOLD, HEADER_SIZE, width - 2 * PAD, "the grid's heading");
    }

    private static double widestNumber(Typesetter type, CriterionGroup group) {
        return group.spans().stream().flatMap(s -> s.criteria().stream())
                .mapToDouble(n -> type.width(n, Face.REGULAR, ColumnPlanner.NUMBER_SIZE)).max().orElse(0);
    }
}
