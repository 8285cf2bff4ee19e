package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.EvidenceRow;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Where the evidence grid puts its header, rows and rules, reckoned by hand. The group has one
 * outcome, LO1, over two 20 pt columns 1.1 and 1.2 at the right margin (x = 767.89 to 807.89);
 * the title column runs from x = 92 to the method column at x = 703.89. A fresh flow starts at
 * y = 34, so the first header row ends at 49.6 (8 pt heads, 1.2 leading, 3 pt padding each side).
 */
class GridBlockTest {

    private static final double EPS = 1e-9;

    private static CriterionGroup group(boolean rotated) {
        return new CriterionGroup(List.of(new OutcomeSpan("LO1", List.of("1.1", "1.2"), 20)), rotated);
    }

    private static List<String> placed(SheetPage page, Class<? extends Element> kind) {
        return page.elements().stream().filter(kind::isInstance).map(GridBlockTest::describe).toList();
    }

    private static String describe(Element e) {
        if (e instanceof Element.Text t) {
            return String.format(Locale.ROOT, "%s %.2f %.2f %.1f%s", t.text(), t.x(), t.y(), t.size(),
                    t.rotated() ? " turned" : "");
        }
        if (e instanceof Element.Rule r) {
            return String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f", r.x1(), r.y1(), r.x2(), r.y2());
        }
        if (e instanceof Element.Shade s) {
            return String.format(Locale.ROOT, "%.2f %.2f %.2f %.2f", s.x(), s.y(), s.width(), s.height());
        }
        Element.Tick t = (Element.Tick) e;
        return String.format(Locale.ROOT, "%s %.2f %.2f %.2f %.2f", t.criterion(), t.x(), t.y(), t.width(), t.height());
    }

    private static SheetPage only(PageFlow flow) throws SheetException {
        List<SheetPage> pages = flow.finish("N", "", "U");
        assertEquals(1, pages.size());
        return pages.get(0);
    }

    @Test
    void headsThatFitOnOneLineMakeTheHeaderTwoRowsOfOneLineEach() throws Exception {
        // 15.6 for the outcome row + 15.6 for the numbers under it
        assertEquals(31.2, GridBlock.headerHeight(new Typesetter(new Monospace()), group(false)), EPS);
    }

    @Test
    void turnedNumbersMakeTheirRowAsTallAsTheWidestNumber() throws Exception {
        // 15.6 + "1.1" at 8 pt (2.4) + 9 padding
        assertEquals(27, GridBlock.headerHeight(new Typesetter(new Monospace()), group(true)), EPS);
    }

    @Test
    void aHeadWrappedOnFourLinesMakesTheHeaderTallerThanItsTwoRows() throws Exception {
        // glyphs 8 wide at 8 pt, 52 inside the reference column: Eviden/ce/refere/nce, 4 × 9.6 + 6
        assertEquals(44.4, GridBlock.headerHeight(new Typesetter(new Monospace(1)), group(false)), EPS);
    }

    @Test
    void theHeaderShadesItsRowsAndCentresTheOutcomeAndItsNumbers() throws Exception {
        PageFlow flow = new PageFlow(new Typesetter(new Monospace()));
        new GridBlock(flow, group(false), 31.2).header();
        assertEquals(65.2, flow.y(), EPS);
        SheetPage page = only(flow);
        assertEquals(List.of("34.00 34.00 773.89 31.20"), placed(page, Element.Shade.class));
        assertEquals(List.of(
                "Evidence reference 37.00 43.40 8.0",
                "Evidence title 95.00 43.40 8.0",
                "Assessment method 706.89 43.40 8.0",
                "LO1 786.69 43.40 8.0",
                // centred in their 20 pt columns, the middle of the capitals half-way down the second row
                "1.1 776.69 60.28 8.0",
                "1.2 796.69 60.28 8.0"), placed(page, Element.Text.class).subList(0, 6));
    }

    @Test
    void turnedNumbersRunUpFromTheFootOfTheirRow() throws Exception {
        PageFlow flow = new PageFlow(new Typesetter(new Monospace()));
        new GridBlock(flow, group(true), 27).header();
        List<String> texts = placed(only(flow), Element.Text.class);
        assertEquals(List.of("1.1 780.77 56.50 8.0 turned", "1.2 800.77 56.50 8.0 turned"), texts.subList(4, 6));
    }

    @Test
    void theTitleHeadWrapsAtItsOwnColumnsWidth() throws Exception {
        // glyphs 50 wide at 8 pt: "Evidence title" is 700, the column 605.89 inside
        PageFlow flow = new PageFlow(new Typesetter(new Monospace(6.25)));
        new GridBlock(flow, group(false), 60).header();
        List<String> title = placed(only(flow), Element.Text.class).stream().filter(t -> t.contains(" 95.00 "))
                .toList();
        assertEquals(List.of("Evidence 95.00 43.40 8.0", "title 95.00 53.00 8.0"), title);
    }

    @Test
    void aRowSetsItsCellsBelowItsTopAndTicksTheCriteriaItCovers() throws Exception {
        PageFlow flow = new PageFlow(new Typesetter(new Monospace()));
        GridBlock grid = new GridBlock(flow, group(false), 31.2);
        grid.header();
        EvidenceRow row = new EvidenceRow("e1", "E1", "Title", List.of("O"), null, null, null, List.of("1.2"));
        grid.row(new RowCells(row, List.of("E1"), List.of("Title"), List.of("O"), 20));
        assertEquals(85.2, flow.y(), EPS);
        SheetPage page = only(flow);
        // 65.2 + 3 padding + 1 + 7.2 ascent
        assertEquals(List.of("E1 37.00 76.40 9.0", "Title 95.00 76.40 9.0", "O 706.89 76.40 9.0"),
                placed(page, Element.Text.class).subList(6, 9));
        assertEquals(List.of("1.2 787.89 65.20 20.00 20.00"), placed(page, Element.Tick.class));
    }

    @Test
    void closingRulesTheHeaderTheBlankRowsAndEveryColumnOnce() throws Exception {
        PageFlow flow = new PageFlow(new Typesetter(new Monospace()));
        GridBlock grid = new GridBlock(flow, group(false), 31.2);
        grid.header();
        grid.blankRows(2);
        assertEquals(105.2, flow.y(), EPS);
        grid.close();
        assertEquals(List.of(
                "34.00 34.00 807.89 34.00",
                "767.89 49.60 807.89 49.60",
                "34.00 65.20 807.89 65.20",
                "34.00 85.20 807.89 85.20",
                "34.00 105.20 807.89 105.20",
                "34.00 34.00 34.00 105.20",
                "92.00 34.00 92.00 105.20",
                "703.89 34.00 703.89 105.20",
                "767.89 34.00 767.89 105.20",
                "787.89 49.60 787.89 105.20",
                "807.89 34.00 807.89 105.20"), placed(only(flow), Element.Rule.class));
    }
}
