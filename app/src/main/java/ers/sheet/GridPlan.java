package ers.sheet;

import ers.portfolio.EvidenceRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One way of printing the grid, measured before anything is placed: the criterion groups, the
 * title column every group wraps its titles to (the narrowest group's, so that each row is
 * equally tall in every group), the header height they share, the wrapped rows and the pages
 * they fall on.
 */
record GridPlan(List<CriterionGroup> groups, double titleWidth, double headerHeight, List<RowCells> rows,
                RowPaging.Pages pages) {

    /** Below this, upright numbers cost the titles more room than they are worth. */
    static final double COMFORTABLE_TITLE = 300;

    GridPlan {
        groups = List.copyOf(groups);
        rows = List.copyOf(rows);
    }

    /**
     * @param firstRoom what the first page leaves under the title block
     * @param closing   the closing block's height
     */
    static GridPlan of(PageFlow flow, List<CriterionGroup> groups, SheetData data, double firstRoom, double closing)
            throws SheetException {
        Typesetter type = flow.type();
        double titleWidth = Double.POSITIVE_INFINITY;
        double header = 0;
        for (CriterionGroup group : groups) {
            titleWidth = Math.min(titleWidth, GridBlock.titleWidth(group));
            header = Math.max(header, GridBlock.headerHeight(type, group));
        }
        if (closing + header + RowPaging.KEPT_WITH_CLOSING * GridBlock.MIN_ROW > flow.freshRoom()) {
            throw new SheetException("the assessor's block of unit " + data.unitCode()
                    + " is taller than a page; shorten the centre's method names");
        }
        List<RowCells> rows = new ArrayList<>();
        double[] heights = new double[data.rows().size()];
        for (EvidenceRow row : data.rows()) {
            RowCells cells = RowCells.measure(type, row, titleWidth, data.unitCode(), flow.freshRoom() - header);
            heights[rows.size()] = cells.height();
            rows.add(cells);
        }
        return new GridPlan(groups, titleWidth, header, rows, RowPaging.paginate(heights, firstRoom,
                flow.freshRoom(), header, closing, GridBlock.MIN_ROW));
    }

    /**
     * Fewest pages first; then numbers across if the titles keep at least
     * {@link #COMFORTABLE_TITLE} beside them (upright numbers read best); else fewest title lines
     * (wider titles), and turned numbers rather than upright ones that squeeze the titles.
     */
    static GridPlan best(List<GridPlan> plans) {
        Comparator<GridPlan> order = Comparator.<GridPlan>comparingInt(p -> p.pages().count())
                .thenComparing(p -> !p.comfortablyAcross())
                .thenComparingInt(GridPlan::titleLines)
                .thenComparing(GridPlan::across);
        return plans.stream().min(order).orElseThrow();
    }

    /**
     * How many blank ruled rows go under the last rows, the same in every group so that the
     * groups' last pages lie side by side too (a row written in by hand has its cells for every
     * criterion): as many as fit above the closing block on the last group's page and, when the
     * first group's last page is the title page, above the foot of that page.
     *
     * @param firstRoom what the first page leaves under the title block
     * @param freshRoom what a later page leaves under its running head
     * @param closing   the closing block's height
     */
    int blankRows(double firstRoom, double freshRoom, double closing) {
        List<RowPaging.Range> all = pages.pages();
        RowPaging.Range last = all.get(all.size() - 1);
        double used = headerHeight;
        for (int r = last.from(); r < last.to(); r++) {
            used += rows.get(r).height();
        }
        boolean titlePage = all.size() == 1 && !pages.startsOnNewPage();
        double room = (titlePage && groups.size() == 1 ? firstRoom : freshRoom) - closing;
        if (titlePage && groups.size() > 1) {
            room = Math.min(room, firstRoom);
        }
        // The rows' heights summed here are those the flow advances by; the slack absorbs rounding.
        return Math.max(0, (int) Math.floor((room - used) / GridBlock.MIN_ROW + 1e-9));
    }

    boolean across() {
        return !groups.get(0).rotated();
    }

    int titleLines() {
        return rows.stream().mapToInt(r -> r.title().size()).sum();
    }

    private boolean comfortablyAcross() {
        return across() && titleWidth >= COMFORTABLE_TITLE;
    }
}
