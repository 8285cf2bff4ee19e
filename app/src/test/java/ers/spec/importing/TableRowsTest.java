package ers.spec.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.spec.LearningOutcome;
import ers.spec.UnitSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows of a copied learning-outcome table that the seed texts do not have: text before the first
 * outcome, a repeated outcome number, third-column text split over rows, run-on sentences. Each
 * repair is named in a transcription note, with its words quoted in full up to six of them.
 */
class TableRowsTest {

    private static final String HEAD = "Unit title: Serve customers\nLearning outcomes\tAssessment criteria\tGuidance\n";

    @Test
    void textBeforeTheFirstOutcomeIsLeftOutAndSaysSo() throws Exception {
        UnitSpec unit = table("Read this first\tand this\n1 Be able to serve\t1.1 Greet a customer\n");

        assertEquals(List.of("1.1 Greet a customer"), criteria(unit.learningOutcomes().get(0)));
        assertTrue(unit.transcriptionNotes().contains(
                "Text before the first learning outcome of the table was left out: \"Read this first and this\"."),
                unit.transcriptionNotes().toString());
    }

    @Test
    void wordsBeforeTheFirstCriterionAreLeftOutAndSaySo() throws Exception {
        UnitSpec unit = table("1 Be able to serve\tAs follows 1.1 Greet a customer\n");

        assertEquals(List.of("1.1 Greet a customer"), criteria(unit.learningOutcomes().get(0)));
        assertTrue(unit.transcriptionNotes().contains("Text in the criteria column of learning outcome 1 before its first"
                + " numbered criterion was left out: \"As follows\"."), unit.transcriptionNotes().toString());
    }

    @Test
    void anOutcomeNumberPrintedAgainContinuesThatOutcome() throws Exception {
        UnitSpec unit = table("1 Be able to serve\t1.1 Greet a customer\n1 again\t1.2 Thank a customer\n");

        assertEquals(1, unit.learningOutcomes().size());
        assertEquals("Be able to serve 1 again", unit.learningOutcomes().get(0).title());
        assertEquals(List.of("1.1 Greet a customer", "1.2 Thank a customer"), criteria(unit.learningOutcomes().get(0)));
    }

    @Test
    void aLowerNumberInAContinuationRowIsPartOfTheWording() throws Exception {
        UnitSpec unit = table("1 Be able to serve\t1.1 Greet a customer 1.2 Thank a customer\n\tas in 1.1 above\n");

        assertEquals(List.of("1.1 Greet a customer", "1.2 Thank a customer as in 1.1 above"),
                criteria(unit.learningOutcomes().get(0)));
    }

    @Test
    void aBulletItemIsNotDividedAtItsSentences() throws Exception {
        UnitSpec unit = table("1 Be able to serve\t1.1 Greet a customer\t\u2022 Greet them. Smile\n");

        assertEquals(List.of("\u2022 Greet them. Smile"), unit.learningOutcomes().get(0).guidance());
        assertEquals(List.of(), unit.transcriptionNotes());
    }

    @Test
    void aRunOfSentencesIsDividedIntoParagraphsAndSaysSo() throws Exception {
        UnitSpec unit = table("1 Be able to serve\t1.1 Greet a customer\tSmile first. Then speak clearly.\n");

        assertEquals(List.of("Smile first.", "Then speak clearly."), unit.learningOutcomes().get(0).guidance());
        assertTrue(unit.transcriptionNotes().contains("The third column of learning outcome 1 is printed without paragraph"
                + " breaks; it has been divided into paragraphs at the end of each sentence."), unit.transcriptionNotes().toString());
    }

    @Test
    void oneSentenceIsOneParagraphWithoutANote() throws Exception {
        UnitSpec unit = table("1 Be able to serve\t1.1 Greet a customer\tSmile first.\n");

        assertEquals(List.of("Smile first."), unit.learningOutcomes().get(0).guidance());
        assertEquals(List.of(), unit.transcriptionNotes());
    }

    @Test
    void anItemSplitOverTwoRowsIsRejoinedQuotingSixWordsWhole() throws Exception {
        UnitSpec unit = table("1 Be able to serve\t1.1 Greet a customer\tone two three four five six\n"
                + "\t1.2 Thank a customer\tseven eight nine ten eleven twelve\n");

        assertEquals(List.of("one two three four five six seven eight nine ten eleven twelve"),
                unit.learningOutcomes().get(0).guidance());
        assertTrue(unit.transcriptionNotes().contains("In the third column of learning outcome 1 the item \"one two three"
                + " four five six\" was split over two table rows; its remainder \"seven eight nine ten eleven twelve\" has"
                + " been rejoined to it."), unit.transcriptionNotes().toString());
    }

    @Test
    void anItemSplitOverAPageBreakQuotesItsLastAndFirstSixWords() throws Exception {
        UnitSpec unit = table("1 Be able to serve\t1.1 Greet a customer\tzero one two three four five six\n\n"
                + "\t1.2 Thank a customer\tseven eight nine ten eleven twelve thirteen\n");

        assertTrue(unit.transcriptionNotes().contains("In the third column of learning outcome 1 the item \"\u2026 one two"
                + " three four five six\" was split over a page break; its remainder \"seven eight nine ten eleven twelve"
                + " \u2026\" has been rejoined to it."), unit.transcriptionNotes().toString());
    }

    @Test
    void aNewItemInTheNextRowIsKeptWithItsOutcome() throws Exception {
        UnitSpec unit = table("1 Be able to serve\t1.1 Greet a customer\tSmile first.\n\n"
                + "\t1.2 Thank a customer\t\u2022 say goodbye\n");

        assertEquals(List.of("Smile first.", "\u2022 say goodbye"), unit.learningOutcomes().get(0).guidance());
        assertTrue(unit.transcriptionNotes().contains("The rest of the third column of learning outcome 1, carried over a"
                + " page break into the next table row, has been kept with learning outcome 1."), unit.transcriptionNotes().toString());
    }

    @Test
    void thirdColumnTextFirstPrintedInAContinuationRowIsTheOutcomesOwnWithoutANote() throws Exception {
        UnitSpec unit = table("1 Be able to serve\t1.1 Greet a customer\n\t1.2 Thank a customer\tcount the takings\n");

        assertEquals(List.of("count the takings"), unit.learningOutcomes().get(0).guidance());
        assertFalse(unit.transcriptionNotes().stream().anyMatch(n -> n.contains("third column")), unit.transcriptionNotes().toString());
    }

    @Test
    void anUnmarkedListThatCannotBeDividedIsKeptWholeAndSaysSo() throws Exception {
        UnitSpec unit = table("1 Be able to serve\t1.1 Greet a customer\t<ul>cash</ul>\n");

        assertEquals(List.of("cash"), unit.learningOutcomes().get(0).guidance());
        assertTrue(unit.transcriptionNotes().contains("The third column of learning outcome 1 has a list printed without"
                + " bullet marks or line breaks whose items cannot be told apart, kept as one paragraph: check where its"
                + " items divide."), unit.transcriptionNotes().toString());
    }

    private static UnitSpec table(String rows) throws UnitImportException {
        return UnitImporter.importText("rows.txt", HEAD + rows).spec();
    }

    private static List<String> criteria(LearningOutcome lo) {
        return lo.criteria().stream().map(c -> c.number() + " " + c.text()).toList();
    }
}
