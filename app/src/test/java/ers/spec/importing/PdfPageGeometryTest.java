package ers.spec.importing;

import static ers.spec.importing.PlacedWordsPdf.endOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Where a specification PDF's words stand decides what the reader makes of them: which are
 * running heads, which share a line, where a label ends and its value begins, where a paragraph
 * breaks, and which row and column of the learning-outcome table a word is in. Each rule is tried at its threshold and just past it, with words in 10-point
 * Courier, whose places are exact.
 */
class PdfPageGeometryTest {

    private static final float SIZE = 10;
    /** Where the table's second column, the assessment criteria, starts. */
    private static final float CRITERIA = 190;

    private static String read(PlacedWordsPdf pdf) throws Exception {
        return PdfUnitText.extract("placed.pdf", pdf.bytes());
    }

    @Test
    void wordsInTheTopAndBottom45PointsAreRunningHeadsAndLeftOutAndWordsOnTheEdgeOfThatBandAreKept() throws Exception {
        PlacedWordsPdf pdf = new PlacedWordsPdf()
                .at(400, 44.5f, SIZE, "Running head")
                .at(50, 45, SIZE, "First line of the text")
                .at(50, PlacedWordsPdf.PAGE_HEIGHT - 45, SIZE, "Last line of the text")
                .at(400, PlacedWordsPdf.PAGE_HEIGHT - 44.5f, SIZE, "Page 1 of 1");

        assertEquals("First line of the text\n\nLast line of the text\n", read(pdf));
    }

    @Test
    void aWordUpTo2PointsOffALinesBaselineIsOnThatLineAndFurtherOffItBeginsTheNext() throws Exception {
        PlacedWordsPdf pdf = new PlacedWordsPdf()
                .at(50, 100, SIZE, "Level:")
                .at(190, 102, SIZE, "4")
                .at(50, 200, SIZE, "Credit value:")
                .at(190, 202.5f, SIZE, "10");

        assertEquals("Level:\t4\n\nCredit value:\n\n10\n", read(pdf));
    }

    @Test
    void aGapOfMoreThanTwoAndAHalfTimesTheFontSizeBetweenTwoWordsIsATabAndOneOfExactlyThatIsASpace() throws Exception {
        float gap = 2.5f * SIZE;
        PlacedWordsPdf pdf = new PlacedWordsPdf()
                .at(50, 100, SIZE, "Unit")
                .at(endOf(50, SIZE, "Unit") + gap, 100, SIZE, "aim")
                .at(50, 200, SIZE, "Level:")
                .at(endOf(50, SIZE, "Level:") + gap + 1, 200, SIZE, "3");

        assertEquals("Unit aim\n\nLevel:\t3\n", read(pdf));
    }

    @Test
    void aLineUpTo1Point6TimesTheFontSizeBelowTheOneBeforeGoesOnItsParagraphAndOneFurtherDownBeginsANewOne() throws Exception {
        PlacedWordsPdf pdf = new PlacedWordsPdf()
                .at(50, 100, SIZE, "the first line")
                .at(50, 100 + 1.6f * SIZE, SIZE, "goes on here")
                .at(50, 100 + 1.6f * SIZE + 1.6f * SIZE + 1, SIZE, "and this is another paragraph");

        assertEquals("the first line goes on here\n\nand this is another paragraph\n", read(pdf));
    }

    /**
     * A line is ended by choice when the next line's first word, after a space, would have fitted
     * on it short of the text's right edge (less 2 points); a word that only just fits, to the last
     * point, was not left off by choice.
     */
    @Test
    void aLineBreakBeforeAnItemIsTheWritersOnlyWhenTheItemsFirstWordWouldHaveFittedBeforeTheRightEdge() throws Exception {
        String widest = "a line that sets the right edge";
        String shortLine = "and this one ends";
        float right = endOf(55, SIZE, widest);
        float space = 0.3f * SIZE;
        float fitsExactly = right - 2 - space - endOf(0, SIZE, "Second") - endOf(0, SIZE, shortLine);

        assertEquals(widest + " " + shortLine + " Second item\n",
                read(threeLines(widest, fitsExactly, shortLine)));
        assertEquals(widest + " " + shortLine + "\n\nSecond item\n",
                read(threeLines(widest, fitsExactly - 1, shortLine)));
    }

    private static PlacedWordsPdf threeLines(String widest, float shortLineX, String shortLine) {
        return new PlacedWordsPdf()
                .at(55, 100, SIZE, widest)
                .at(shortLineX, 111, SIZE, shortLine)
                .at(50, 122, SIZE, "Second item");
    }

    @Test
    void stemsPrintedOnALineOfTheirOwnAboveTheFirstOutcomeBelongToItsRowAndAWord3PointsLeftOfAColumnIsInIt() throws Exception {
        PlacedWordsPdf pdf = header(new PlacedWordsPdf(), 100, "Guidance")
                .at(52, 111, SIZE, "The learner will:").at(192, 111, SIZE, "The learner can:")
                .at(52, 122, SIZE, "1 Know the rules").at(192, 122, SIZE, "1.1 State the rules").at(372, 122, SIZE, "first")
                .at(52, 133, SIZE, "of the game").at(CRITERIA - 3, 133, SIZE, "1.2 Explain why").at(372, 133, SIZE, "second")
                .at(52, 144, SIZE, "2 Play the game").at(192, 144, SIZE, "2.1 Play a round")
                .at(50, 170, SIZE, "Assessment");

        assertEquals(tableThenAssessment(
                "Learning Outcomes\tAssessment Criteria\tGuidance",
                "The learner will: 1 Know the rules of the game\tThe learner can: 1.1 State the rules 1.2 Explain why\tfirst second",
                "2 Play the game\t2.1 Play a round\t"), read(pdf));
    }

    @Test
    void aCriteriaStemBesideNoOutcomeJoinsTheFirstRowAndAnOutcomeWithNoCriteriaIsARowOfItsOwn() throws Exception {
        PlacedWordsPdf pdf = header(new PlacedWordsPdf(), 100, null)
                .at(192, 111, SIZE, "The candidate can:")
                .at(52, 122, SIZE, "1 Know the rules").at(192, 122, SIZE, "1.1 State the rules")
                .at(52, 133, SIZE, "2 Know the history")
                .at(52, 144, SIZE, "3 Play the game").at(192, 144, SIZE, "3.1 Play a round")
                .at(50, 170, SIZE, "Assessment");

        assertEquals(tableThenAssessment(
                "Learning Outcomes\tAssessment Criteria",
                "1 Know the rules\tThe candidate can: 1.1 State the rules\t",
                "2 Know the history\t\t",
                "3 Play the game\t3.1 Play a round\t"), read(pdf));
    }

    @Test
    void aTableGoingOnOverThePageLeavesOutItsRepeatedHeaderAndBeginsTheContinuedRowAfterABlankLine() throws Exception {
        PlacedWordsPdf pdf = header(new PlacedWordsPdf(), 100, null)
                .at(52, 111, SIZE, "1 Know the rules").at(192, 111, SIZE, "1.1 State the rules")
                .at(192, 122, SIZE, "1.2 Explain why");
        header(pdf.nextPage(), 100, null)
                .at(192, 111, SIZE, "1.3 Give an example")
                .at(52, 122, SIZE, "2 Play the game").at(192, 122, SIZE, "2.1 Play a round")
                .at(50, 150, SIZE, "Assessment");

        assertEquals(tableThenAssessment(
                "Learning Outcomes\tAssessment Criteria",
                "1 Know the rules\t1.1 State the rules 1.2 Explain why\t",
                "",
                "Learning Outcomes\tAssessment Criteria",
                "\t1.3 Give an example\t",
                "2 Play the game\t2.1 Play a round\t"), read(pdf));
    }

    /** The reader's text of a PDF that is a table of these lines followed by the heading "Assessment". */
    private static String tableThenAssessment(String... lines) {
        return "\n\n" + String.join("\n", lines) + "\n\n\n\nAssessment\n";
    }

    /** The header row of the learning-outcome table at {@code y}, with a third column if it is named. */
    private static PlacedWordsPdf header(PlacedWordsPdf pdf, float y, String third) {
        pdf.at(50, y, SIZE, "Learning Outcomes").at(CRITERIA, y, SIZE, "Assessment Criteria");
        return third == null ? pdf : pdf.at(370, y, SIZE, third);
    }
}
