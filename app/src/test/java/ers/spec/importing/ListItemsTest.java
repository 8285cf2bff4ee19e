package ers.spec.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists printed without bullet marks are divided into their items; prose, and the names in it, never are. */
class ListItemsTest {

    @Test
    void aListRunTogetherOnOneLineIsDividedWhereEachItemBeginsWithACapital() {
        assertEquals(List.of("Options for service delivery with cost/benefit analysis", "Company consultation procedures",
                        "Records of consultation \u2013 eg reports, meetings"),
                ListItems.split("Options for service delivery with cost/benefit analysis Company consultation procedures"
                        + " Records of consultation \u2013 eg reports, meetings"));
    }

    @Test
    void namesInsideASentenceDoNotDivideIt() {
        for (String prose : List.of("Comply with the Data Protection Act when keeping records",
                "Use Microsoft Word to write a letter to a customer", "Speak to the Manager about a complaint",
                "Explain why I check the records each day")) {
            assertEquals(List.of(prose), ListItems.split(prose), prose);
        }
    }

    @Test
    void linesOneUnderAnotherAreItemsWhenEachBeginsWithACapital() {
        assertEquals(List.of("Observation of the team leader at work", "Witness testimony from team members",
                "Records of team briefings"), ListItems.paragraphs(List.of("Observation of the team leader at work",
                "Witness testimony from team members", "Records of team briefings")));
    }

    @Test
    void proseWrappedWhereItWasCopiedIsOneParagraphEvenWhereALineBeginsWithAName() {
        assertEquals(List.of("Candidates must show evidence from the workplace that has been approved by OCR and checked"
                        + " by the assessor before it is submitted for the unit, and kept in the portfolio.", "Staff rotas"),
                ListItems.paragraphs(List.of(
                        "Candidates must show evidence from the workplace that has been approved by",
                        "OCR and checked by the assessor before it is submitted for the unit, and",
                        "kept in the portfolio.",
                        "Staff rotas")));
    }

    @Test
    void aWrappedBulletItemKeepsItsRemainder() {
        assertEquals(List.of("\u2022 Consultation with external agencies \u2013 e.g. taking legal advice", "\u2022 Records"),
                ListItems.paragraphs(List.of("\u2022 Consultation with external agencies \u2013 e.g. taking",
                        "legal advice", "\u2022 Records")));
    }

    @Test
    void aRunWithAOneWordPartIsNotDivided() {
        assertEquals(List.of("Staff rotas Training"), ListItems.split("Staff rotas Training"));
    }

    /** The first line, of 50 characters, is the longest: the shortest a block can be and still be read as prose. */
    @Test
    void aLineOfFiftyCharactersThatEndsNoSentenceGoesOnOnTheNext() {
        assertEquals(List.of("Records of the customers served by the team in the Shop and the stockroom."),
                ListItems.paragraphs(List.of("Records of the customers served by the team in the", "Shop and the",
                        "stockroom.")));
    }

    /** The longest line has 60 characters; the second, of 51, is filled to exactly 85 % of it. */
    @Test
    void aLineFilledToTheBlocksWidthThatEndsNoSentenceGoesOnOnTheNext() {
        assertEquals(List.of("Notes of all the team meetings where the standards were set.",
                        "Records of the customers served by the team at noon Shop and the stockroom."),
                ListItems.paragraphs(List.of("Notes of all the team meetings where the standards were set.",
                        "Records of the customers served by the team at noon", "Shop and the", "stockroom.")));
    }

    @Test
    void aNameOfTwoCapitalisedWordsDoesNotBeginAnItem() {
        assertEquals(List.of("Copies of letters sent Head Office"), ListItems.split("Copies of letters sent Head Office"));
    }
}
