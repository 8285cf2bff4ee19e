package ers.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.Portfolio;
import ers.testing.Portfolios;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Edits that cannot apply say why in the words the status line shows, and edits of evidence one
 * sheet shares with another keep the other sheet whole.
 */
class EditRefusalsTest {

    private static final String B13 = "ocr-b13";
    private static final String B14 = "ocr-b14";

    private static String refusal(Edit edit, Portfolio portfolio) {
        try {
            edit.applyTo(portfolio);
            return "applied";
        } catch (EditRefused e) {
            return e.getMessage();
        }
    }

    /** The small portfolio with E2 listed on B14's sheet too. */
    private static Portfolio shared() throws EditRefused {
        return new AddExistingEvidence(B14, "r2").applyTo(Portfolios.small());
    }

    @Test
    void anEditOfWhatIsNotThereNamesWhatIsMissing() {
        Portfolio small = Portfolios.small();
        assertEquals("the portfolio has no unit ocr-f17", refusal(new RemoveUnit("ocr-f17"), small));
        assertEquals("the portfolio has no evidence r9", refusal(new AddExistingEvidence(B14, "r9"), small));
        assertEquals("evidence E1 is already on this sheet", refusal(new AddExistingEvidence(B13, "r1"), small));
        assertEquals("the unit already has a row r1",
                refusal(new AddRow(B13, 0, Portfolios.row("r1", "E9", "Copy", List.of())), small));
        assertEquals("the portfolio has no evidence r9", refusal(new MergeEvidence("r9", "r1"), small));
        assertEquals("the portfolio has no evidence r9", refusal(new MergeEvidence("r1", "r9"), small));
    }

    @Test
    void deletingASharedRowFromOneSheetKeepsTheEvidenceForTheOther() throws EditRefused {
        Portfolio p = new DeleteRow(B13, List.of("r2")).applyTo(shared());
        assertTrue(p.item("r2").isPresent(), "B14 still lists E2");
        assertEquals(List.of("r2"), p.unit(B14).orElseThrow().evidence().stream().map(r -> r.id()).toList());
        Portfolio firstShared = new AddExistingEvidence(B14, "r1").applyTo(Portfolios.small());
        assertEquals(List.of("r1", "r2"), new DeleteRow(B13, List.of("r1")).applyTo(firstShared).evidence().stream()
                .map(i -> i.id()).toList(), "the evidence list keeps its order");
        Portfolio gone = new DeleteRow(B13, List.of("r1")).applyTo(shared());
        assertFalse(gone.item("r1").isPresent(), "E1 was on no other sheet");
    }

    @Test
    void anEditOfSharedEvidenceSaysWhichOtherSheetChangesWithIt() throws EditRefused {
        Portfolio p = shared();
        assertEquals(" Changed on the sheet of B14 too, which lists E2.", EditRow.title(B13, "r2", "New").alsoChanged(p));
        assertEquals("", EditRow.title(B13, "r1", "New").alsoChanged(p), "E1 is on B13 only");
    }

    @Test
    void anEditThatLeavesTheFieldAsItWasChangesNothing() {
        Portfolio small = Portfolios.small();
        assertTrue(EditRow.title(B13, "r1", "Team meeting minutes").changesNothing(small));
        assertFalse(EditRow.title(B13, "r1", "Team meeting notes").changesNothing(small));
        assertFalse(EditRow.title(B13, "r9", "Team meeting minutes").changesNothing(small),
                "a row that has gone is not a no-op: applying it says why");
    }

    @Test
    void aDuplicateReferenceIsOneThatAnotherRowCarriesWhateverItsCaseOrSpaces() {
        var duplicates = References.sharedAt(List.of("E1", " e1", "E2")).keySet();
        assertTrue(References.isDuplicate(duplicates, "e1 "));
        assertFalse(References.isDuplicate(duplicates, "E2"));
    }

    @Test
    void aMethodKeyWithABadCodeIsRefusedSayingWhatACodeMayBe() {
        assertEquals(Optional.of("method code \"O!\" must be 1 to 6 letters or digits"),
                new SetMethodKey(List.of(new AssessmentMethod("O!", "Observation"))).problem());
        assertEquals(Optional.of("method WT needs a name"),
                new SetMethodKey(List.of(new AssessmentMethod("WT", " "))).problem());
        assertEquals(Optional.empty(), new SetMethodKey(AssessmentMethod.defaults()).problem());
    }

    @Test
    void aMoveThatCannotBeMadeSaysWhichEdgeStopsIt() {
        Portfolio small = Portfolios.small();
        assertEquals("the row cannot move past the top", refusal(new MoveRow(B13, "r1", -1), small));
        assertEquals("the row cannot move past the bottom", refusal(new MoveRow(B13, "r2", 1), small));
        assertEquals("the rows cannot move past the top", refusal(new MoveRow(B13, List.of("r1", "r2"), -1), small));
        assertEquals("the sheet has no place 3 for the row", refusal(new MoveRowTo(B13, "r1", 2), small));
        assertEquals("the sheet has no place 0 for the row", refusal(new MoveRowTo(B13, "r1", -1), small));
    }

    @Test
    void duplicatedRowsGetNewIdsOfTheirOwn() {
        DuplicateRow copies = DuplicateRow.of(B13, List.of("r1", "r2"));
        assertEquals(2, copies.newIds().stream().distinct().count());
        assertTrue(copies.newIds().stream().noneMatch(id -> id.isBlank() || id.equals("r1") || id.equals("r2")));
    }
}
