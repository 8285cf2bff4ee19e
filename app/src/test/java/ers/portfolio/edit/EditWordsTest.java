package ers.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.People;
import ers.testing.Portfolios;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the Edit menu and the status line call each edit ("Undo move 2 rows up"), written out by
 * hand: the window shows these words as they are.
 */
class EditWordsTest {

    private static final String B13 = "ocr-b13";

    @Test
    void everyEditIsNamedAsTheUndoMenuShowsIt() {
        assertEquals("add evidence E7", new AddRow(B13, 0, Portfolios.row("r7", "E7", "t", List.of())).description());
        assertEquals("add existing evidence to the sheet", new AddExistingEvidence(B13, "r1").description());
        assertEquals("add unit B14", new AddUnit(Portfolios.bundled("ocr-b14")).description());
        assertEquals("remove unit", new RemoveUnit(B13).description());
        assertEquals("delete evidence", new DeleteEvidence("r1").description());
        assertEquals("delete evidence row", new DeleteRow(B13, List.of("r1")).description());
        assertEquals("delete 2 evidence rows", new DeleteRow(B13, List.of("r1", "r2")).description());
        assertEquals("duplicate evidence row", DuplicateRow.of(B13, List.of("r1")).description());
        assertEquals("duplicate 3 evidence rows", DuplicateRow.of(B13, List.of("r1", "r2", "r3")).description());
        assertEquals("edit candidate and centre", new EditDetails(new Candidate("A", "1"), new Centre("C", "2"), "Q",
                People.none()).description());
        assertEquals("edit title", EditRow.title(B13, "r1", "x").description());
        assertEquals("edit location", EditRow.location(B13, "r1", "x").description());
        assertEquals("merge evidence", new MergeEvidence("r1", "r2").description());
        assertEquals("merge evidence", new MergeGroups(List.of(List.of("a", "b"))).description());
        assertEquals("merge 2 pieces of evidence",
                new MergeGroups(List.of(List.of("a", "b"), List.of("c", "d"))).description());
        assertEquals("move row up", new MoveRow(B13, "r1", -1).description());
        assertEquals("move 2 rows down", new MoveRow(B13, List.of("r1", "r2"), 1).description());
        assertEquals("move row to place 3", new MoveRowTo(B13, "r1", 2).description());
        assertEquals("edit method key", new SetMethodKey(AssessmentMethod.defaults()).description());
    }
}
