package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ers.portfolio.EvidenceRow;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a grid plan is measured, how many blank rows it leaves and which plan is chosen, with
 * heights picked by hand. A later page leaves 494.48 under its running head; the group below has
 * one 40 pt wide outcome, so its header is 31.2 tall with the test font.
 */
class GridPlanTest {

    private static final CriterionGroup ACROSS =
            new CriterionGroup(List.of(new OutcomeSpan("LO1", List.of("1.1", "1.2"), 20)), false);
    private static final CriterionGroup TURNED =
            new CriterionGroup(List.of(new OutcomeSpan("LO1", List.of("1.1", "1.2"), 20)), true);

    private static RowCells row(double height, int titleLines) {
        EvidenceRow row = new EvidenceRow("e", "E", "T", List.of(), null, null, null, List.of());
        return new RowCells(row, List.of("E"), Collections.nCopies(titleLines, "T"), List.of(), height);
    }

    private static SheetData data(String title) {
        EvidenceRow row = new EvidenceRow("e1", "E1", title, List.of(), null, null, null, List.of());
        return new SheetData("Q", "U1", "Unit", "Name", "line", List.of(row), List.of(), Map.of(), List.of(), null,
                null);
    }

    private static GridPlan plan(List<CriterionGroup> groups, double titleWidth, List<RowCells> rows,
                                 boolean startsOnNewPage, RowPaging.Range... pages) {
        return new GridPlan(groups, titleWidth, 30, rows, new RowPaging.Pages(startsOnNewPage, List.of(pages)));
    }

    @Test
    void aClosingBlockThatFillsAPageWithItsHeaderAndTwoRowsIsAccepted() throws Exception {
        // 423.28 + 31.2 + 2 × 20 is exactly the 494.48 a page holds
        PageFlow flow = new PageFlow(new Typesetter(new Monospace()));
        GridPlan plan = GridPlan.of(flow, List.of(ACROSS), data("Title"), 400, 423.28);
        assertEquals(31.2, plan.headerHeight(), 1e-9);
    }

    @Test
    void aClosingBlockAPointTallerIsRefused() {
        PageFlow flow = new PageFlow(new Typesetter(new Monospace()));
        SheetException e = assertThrows(SheetException.class,
                () -> GridPlan.of(flow, List.of(ACROSS), data("Title"), 400, 424.28));
        assertEquals("the assessor's block of unit U1 is taller than a page; shorten the centre's method names",
                e.getMessage());
    }

    @Test
    void aRowTallerThanAPageUnderItsHeaderIsRefused() {
        // 43 lines of 10.8 + 7 = 471.4, more than the 494.48 - 31.2 = 463.28 under the header
        PageFlow flow = new PageFlow(new Typesetter(new Monospace()));
        String title = String.join("\n", Collections.nCopies(43, "t"));
        SheetException e = assertThrows(SheetException.class,
                () -> GridPlan.of(flow, List.of(ACROSS), data(title), 400, 100));
        assertEquals("evidence E1 in unit U1 is too long to print: its row needs 471 pt of height but a page holds"
                + " 463 pt; shorten its title or split it into two rows", e.getMessage());
    }

    @Test
    void blankRowsFillALaterPageDownToTheClosingBlockExactly() {
        // 500 - 100 closing - 30 header - 30 row = 340, seventeen rows of 20 with nothing to spare
        GridPlan plan = plan(List.of(ACROSS, ACROSS), 400, List.of(row(30, 1), row(30, 1)), false,
                new RowPaging.Range(0, 1), new RowPaging.Range(1, 2));
        assertEquals(17, plan.blankRows(200, 500, 100));
    }

    @Test
    void onATitlePageOfSeveralGroupsBlankRowsStopAtTheFootOfTheFirstPage() {
        // the first group's page holds 200: 200 - 30 header - 20 row = 150, seven rows
        GridPlan plan = plan(List.of(ACROSS, ACROSS), 400, List.of(row(20, 1)), false, new RowPaging.Range(0, 1));
        assertEquals(7, plan.blankRows(200, 500, 100));
    }

    @Test
    void turnedNumbersAreNotAcross() {
        assertFalse(plan(List.of(TURNED), 400, List.of(), false, new RowPaging.Range(0, 0)).across());
    }

    @Test
    void titleLinesCountEveryRowsTitleLines() {
        GridPlan plan = plan(List.of(ACROSS), 400, List.of(row(20, 2), row(30, 3)), false, new RowPaging.Range(0, 2));
        assertEquals(5, plan.titleLines());
    }

    @Test
    void uprightNumbersWithTitlesExactlyComfortablyWideWinOverFewerTitleLines() {
        GridPlan across = plan(List.of(ACROSS), 300, List.of(row(40, 5)), false, new RowPaging.Range(0, 1));
        GridPlan turned = plan(List.of(TURNED), 400, List.of(row(30, 3)), false, new RowPaging.Range(0, 1));
        assertSame(across, GridPlan.best(List.of(turned, across)));
    }
}
