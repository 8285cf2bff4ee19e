package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.sheet.RowPaging.Pages;
import ers.sheet.RowPaging.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which evidence rows go on which grid page. Every case has a first page leaving 150 pt under
 * the title block, later pages 200 pt under the running head, a 10 pt header and 20 pt blank
 * rows, so each page's room for rows is 140 and 190 pt.
 */
class RowPagingTest {

    private static final double FIRST = 150;
    private static final double FRESH = 200;
    private static final double HEADER = 10;
    private static final double BLANK = 20;

    /** {@code closing} is the closing block's height; {@code heights} the rows'. */
    private static Pages paginate(double closing, double... heights) {
        return RowPaging.paginate(heights, FIRST, FRESH, HEADER, closing, BLANK);
    }

    @Test
    void rowsThatFitWithTheClosingBlockStayOnTheFirstPage() {
        Pages pages = paginate(50, 20, 20, 20);
        assertEquals(new Pages(false, List.of(new Range(0, 3))), pages);
        assertEquals(1, pages.count());
    }

    @Test
    void rowsFillingThePageExactlyStayOnIt() {
        assertEquals(new Pages(false, List.of(new Range(0, 2))), paginate(0, 70, 70),
                "two rows of 70 pt and nothing else fill the first page's 140 pt");
    }

    @Test
    void aRowThatDoesNotFitGoesToTheNextPage() {
        assertEquals(new Pages(false, List.of(new Range(0, 1), new Range(1, 3))), paginate(20, 100, 50, 30));
    }

    @Test
    void aFirstRowTooTallForTheFirstPageStartsTheGridOnTheNextAndThatPageCounts() {
        Pages pages = paginate(20, 145, 20);
        assertEquals(new Pages(true, List.of(new Range(0, 2))), pages);
        assertEquals(2, pages.count(), "the title page and the grid's page");
    }

    @Test
    void aLoneLastRowTakesTheOneBeforeItWhenBothFitExactlyWithTheClosingBlock() {
        assertEquals(new Pages(true, List.of(new Range(0, 2))), paginate(40, 100, 50),
                "100 + 50 + 40 fill a later page's 190 pt: both rows go with the closing block");
    }

    @Test
    void aClosingBlockTooTallToGoEvenWithTheLastRowGetsAPageOfItsOwn() {
        assertEquals(new Pages(false, List.of(new Range(0, 1), new Range(1, 1))), paginate(195, 100));
    }

    @Test
    void withoutRowsTheClosingBlockStandsUnderTwoBlankRowsWhereTheyFit() {
        assertEquals(new Pages(false, List.of(new Range(0, 0))), paginate(100),
                "100 + 2 × 20 fill the 140 pt exactly");
        assertEquals(new Pages(true, List.of(new Range(0, 0))), paginate(101),
                "a block 1 pt taller: it and its blank rows go to the next page");
    }
}
