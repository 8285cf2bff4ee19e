package ers.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.pdf.SheetExport;
import ers.pdf.SheetFonts;
import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.SignatureJudge;
import ers.sheet.SheetException;
import ers.testing.Portfolios;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What may be typed into a field is what the file keeps and the sheet prints: the rule the editor
 * checks at the edit is the one Save and Export would otherwise fail on later.
 */
class TextRulesTest {

    private static final TextRules RULES = new TextRules(SheetFonts::canPrint);
    private final Portfolio start = Portfolios.small();

    @TempDir
    Path dir;

    @Test
    void aReferenceOfFortyCharactersIsKeptAndSavedButFortyOneAreRefusedSayingSo() throws Exception {
        String forty = "E".repeat(40);
        RULES.check(EditRow.reference("ocr-b13", "r1", forty));
        PortfolioWriter.save(EditRow.reference("ocr-b13", "r1", forty).applyTo(start), dir.resolve("forty.ers.json"));

        EditRow tooLong = EditRow.reference("ocr-b13", "r1", forty + "1");
        assertEquals("A reference has at most 40 characters; this one has 41. Shorten it.",
                assertThrows(EditRefused.class, () -> RULES.check(tooLong)).reason());
        // Without the check, the same text is what the save refuses.
        IOException save = assertThrows(IOException.class,
                () -> PortfolioWriter.save(tooLong.applyTo(start), dir.resolve("long.ers.json")));
        assertTrue(save.getMessage().startsWith("not saved"), save.getMessage());
    }

    @Test
    void aTitleWithAnEmojiIsRefusedAtTheEditAsTheExportWouldRefuseIt() throws Exception {
        EditRow emoji = EditRow.title("ocr-b13", "r1", "Photo of the notice board \uD83D\uDCF7");
        assertEquals("An evidence title cannot have the character \"\uD83D\uDCF7\" (U+1F4F7 CAMERA): the record sheet's"
                        + " font has no glyph for it, so it could not be printed. Replace or remove it.",
                assertThrows(EditRefused.class, () -> RULES.check(emoji)).reason());
        Portfolio unchecked = emoji.applyTo(start);
        assertThrows(SheetException.class,
                () -> SheetExport.layout(unchecked, List.of("ocr-b13"), SignatureJudge.standard()));
    }

    @Test
    void accentsDashesQuotesAndLineBreaksThatTheSheetPrintsAreAccepted() throws Exception {
        EditRow title = EditRow.title("ocr-b13", "r1", "Café rota – “Zoë’s” résumé, £20 × 2\nsecond line");
        RULES.check(title);
        RULES.check(EditRow.notes("ocr-b13", "r1", "Seen by the assessor.\r\n\tSigned."));
        SheetExport.layout(title.applyTo(start), List.of("ocr-b13"), SignatureJudge.standard());
    }

    @Test
    void aChineseCharacterOrABellThatTheFontLacksIsRefusedInAnyField() throws Exception {
        assertTrue(RULES.problem(TextRules.Field.LOCATION, "Cabinet 客").orElseThrow()
                .startsWith("Where the evidence is kept cannot have the character \"客\" (U+5BA2"));
        assertTrue(RULES.problem(TextRules.Field.NOTES, "ding\u0007").orElseThrow()
                .startsWith("The notes on evidence cannot have the character (U+0007"));
    }

    @Test
    void everyFieldKeepsTheFormatsLengthAndNoMore() throws Exception {
        // Written out from specs/portfolio.schema.json by hand, so a rule that read the wrong place fails here.
        assertEquals(40, TextRules.maxLength(TextRules.Field.REFERENCE));
        assertEquals(10000, TextRules.maxLength(TextRules.Field.TITLE));
        assertEquals(1000, TextRules.maxLength(TextRules.Field.LOCATION));
        assertEquals(20000, TextRules.maxLength(TextRules.Field.NOTES));
        assertEquals(200, TextRules.maxLength(TextRules.Field.CANDIDATE_NAME));
        assertEquals(50, TextRules.maxLength(TextRules.Field.CANDIDATE_NUMBER));
        assertEquals(200, TextRules.maxLength(TextRules.Field.CENTRE_NAME));
        assertEquals(50, TextRules.maxLength(TextRules.Field.CENTRE_NUMBER));
        assertEquals(300, TextRules.maxLength(TextRules.Field.QUALIFICATION));
        assertEquals(100, TextRules.maxLength(TextRules.Field.METHOD_NAME));
        for (TextRules.Field field : TextRules.Field.values()) {
            int most = TextRules.maxLength(field);
            assertEquals(Optional.empty(), RULES.problem(field, "a".repeat(most)), field.name());
            assertTrue(RULES.problem(field, "a".repeat(most + 1)).orElseThrow()
                    .endsWith("has at most " + most + " characters; this one has " + (most + 1) + ". Shorten it."));
        }
    }

    @Test
    void theDetailsAndTheMethodKeyAreCheckedToo() throws Exception {
        var details = new EditDetails(new Candidate("Alex \uD83D\uDE00", "0042"), new Centre("Northfield", "1"), "Q",
                start.people());
        assertTrue(assertThrows(EditRefused.class, () -> RULES.check(details)).reason()
                .startsWith("The candidate's name cannot have the character"));
        var key = new SetMethodKey(List.of(new ers.portfolio.AssessmentMethod("O", "O".repeat(101))));
        assertTrue(assertThrows(EditRefused.class, () -> RULES.check(key)).reason()
                .startsWith("A method's name has at most 100 characters"));
    }

    @Test
    void everyFieldOfTheDetailsIsCheckedAndNamedInTheRefusal() {
        String bell = "\u0007";
        Candidate candidate = new Candidate("Alex Morgan", "0042");
        Centre centre = new Centre("Northfield", "1");
        Map<String, EditDetails> edits = Map.of(
                "The candidate number", new EditDetails(new Candidate("Alex Morgan", "00" + bell), centre, "Q", start.people()),
                "The centre's name", new EditDetails(candidate, new Centre("North" + bell, "1"), "Q", start.people()),
                "The centre number", new EditDetails(candidate, new Centre("Northfield", bell), "Q", start.people()),
                "The qualification", new EditDetails(candidate, centre, "NVQ " + bell, start.people()));
        edits.forEach((words, edit) -> assertTrue(assertThrows(EditRefused.class, () -> RULES.check(edit)).reason()
                .startsWith(words + " cannot have the character"), words));
    }
}
