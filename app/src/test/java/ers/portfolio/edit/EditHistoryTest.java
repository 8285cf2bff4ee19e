package ers.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.testing.Portfolios;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final Portfolio start = Portfolios.small();

    @Test
    void undoAndRedoWalkThroughTheStates() throws Exception {
        EditHistory history = new EditHistory(start, true);
        Portfolio ticked = history.apply(new SetCriterion("ocr-b13", "r2", "2.2", true));
        assertTrue(ticked.unit("ocr-b13").orElseThrow().evidence().get(1).covers("2.2"));
        assertEquals("tick 2.2", history.undoDescription().orElseThrow());

        assertSame(start, history.undo());
        assertFalse(history.canUndo());
        assertEquals(ticked, history.redo());
        assertFalse(history.canRedo());
    }

    @Test
    void unsavedChangesFollowThePositionNotTheCount() throws Exception {
        EditHistory history = new EditHistory(start, true);
        assertFalse(history.hasUnsavedChanges());
        history.apply(new SetCriterion("ocr-b13", "r1", "1.3", true));
        assertTrue(history.hasUnsavedChanges());
        history.undo();
        assertFalse(history.hasUnsavedChanges(), "undoing back to the saved state is clean again");
        history.redo();
        history.markSaved();
        assertFalse(history.hasUnsavedChanges());
        history.undo();
        assertTrue(history.hasUnsavedChanges());
    }

    @Test
    void aNewEditDropsTheRedoStepsAndASavedStateAmongThem() throws Exception {
        EditHistory history = new EditHistory(start, false);
        history.apply(new SetCriterion("ocr-b13", "r1", "1.3", true));
        history.markSaved();
        history.undo();
        history.apply(new SetCriterion("ocr-b13", "r1", "1.4", true));
        assertFalse(history.canRedo());
        assertTrue(history.hasUnsavedChanges());
        history.undo();
        assertTrue(history.hasUnsavedChanges(), "the saved state was dropped, so nothing matches it");
    }

    @Test
    void anEditThatChangesNothingIsNotAStep() throws Exception {
        EditHistory history = new EditHistory(start, true);
        history.apply(new SetCriterion("ocr-b13", "r1", "1.1", true));
        assertFalse(history.canUndo());
        assertFalse(history.hasUnsavedChanges());
    }

    @Test
    void aNewPortfolioStartsUnsaved() throws Exception {
        assertTrue(new EditHistory(start, false).hasUnsavedChanges());
    }

    @Test
    void theOldestStepsGoPastTheLimit() throws Exception {
        EditHistory history = new EditHistory(start, true);
        for (int i = 0; i < EditHistory.LIMIT + 5; i++) {
            history.apply(new SetCriterion("ocr-b13", "r1", "1.3", i % 2 == 0));
        }
        int undos = 0;
        while (history.canUndo()) {
            history.undo();
            undos++;
        }
        assertEquals(EditHistory.LIMIT - 1, undos);
        assertTrue(history.hasUnsavedChanges());
        assertThrows(IllegalStateException.class, history::undo);
    }

    @Test
    void editsThatDoNotApplyLeaveTheHistoryAlone() throws Exception {
        EditHistory history = new EditHistory(start, true);
        assertThrows(EditRefused.class,
                () -> history.apply(new SetCriterion("ocr-b13", "r1", "9.9", true)));
        assertThrows(EditRefused.class,
                () -> history.apply(new DeleteRow("ocr-b13", "nope")));
        assertEquals(start, history.current());
        assertEquals(List.of(), history.undoDescription().stream().toList());
    }

    /** What a signing form hands over: the same portfolio with one more line in a unit's history. */
    private static Sign recorded(Portfolio before, HistoryEntry.Action action) {
        List<PortfolioUnit> units = before.units().stream().map(unit -> {
            List<HistoryEntry> history = new ArrayList<>(unit.history());
            history.add(new HistoryEntry(Instant.parse("2026-11-23T10:00:00Z"), action, Role.ASSESSOR, "Jo Bloggs", "test"));
            return new PortfolioUnit(unit.spec(), unit.evidence(), unit.signatures(), history);
        }).toList();
        return new Sign(before, before.withUnits(units), action.key());
    }

    @Test
    void aRecordedActCannotBeUndoneNorAnythingBeforeIt() throws Exception {
        for (HistoryEntry.Action action : HistoryEntry.Action.values()) {
            EditHistory history = new EditHistory(start, true);
            history.apply(new SetCriterion("ocr-b13", "r1", "1.3", true));
            history.undo();
            Portfolio ticked = history.apply(new SetCriterion("ocr-b13", "r1", "1.4", true));
            Portfolio signed = history.apply(recorded(ticked, action));

            assertFalse(history.canUndo(), action + " is a barrier");
            assertTrue(history.atBarrier());
            assertFalse(history.canRedo());
            assertTrue(history.hasUnsavedChanges(), "unsaved until saved");
            assertThrows(IllegalStateException.class, history::undo);
            assertSame(signed, history.current());
        }
    }

    @Test
    void editsAfterABarrierUndoBackToItAndTheSavedFlagStillWorks() throws Exception {
        EditHistory history = new EditHistory(start, true);
        Portfolio signed = history.apply(recorded(start, HistoryEntry.Action.SIGNED));
        history.markSaved();
        assertFalse(history.hasUnsavedChanges());
        history.apply(new SetCriterion("ocr-b13", "r1", "1.3", true));
        assertTrue(history.hasUnsavedChanges());
        assertFalse(history.atBarrier());
        assertSame(signed, history.undo());
        assertTrue(history.atBarrier());
        assertFalse(history.hasUnsavedChanges(), "back at the saved signature");
        assertTrue(history.canRedo(), "redo after the barrier still works");
    }

    @Test
    void undoingToTheStartIsNotABarrier() throws Exception {
        EditHistory history = new EditHistory(start, true);
        history.apply(new SetCriterion("ocr-b13", "r1", "1.3", true));
        history.undo();
        assertFalse(history.atBarrier());
    }

    @Test
    void theSavedStateIsStillKnownWhenTheOldestStepsBeforeItGo() throws Exception {
        EditHistory history = new EditHistory(start, true);
        for (int i = 0; i < 10; i++) {
            history.apply(new SetCriterion("ocr-b13", "r1", "1.3", i % 2 == 0));
        }
        history.markSaved();
        int after = EditHistory.LIMIT - 6;
        for (int i = 0; i < after; i++) {
            history.apply(new SetCriterion("ocr-b13", "r1", "1.4", i % 2 == 0));
        }
        for (int i = 0; i < after; i++) {
            history.undo();
        }
        assertFalse(history.hasUnsavedChanges(), "five of the oldest steps went, the saved one stayed");
        history.undo();
        assertTrue(history.hasUnsavedChanges());
    }

    @Test
    void redoIsNamedLikeUndoAndAnEditThatChangesNothingGivesBackTheSameState() throws Exception {
        EditHistory history = new EditHistory(start, true);
        assertEquals(start, history.apply(new SetCriterion("ocr-b13", "r1", "1.1", true)), "the state as it was");
        assertEquals(java.util.Optional.empty(), history.redoDescription());
        history.apply(new SetCriterion("ocr-b13", "r2", "2.2", true));
        history.undo();
        assertEquals("tick 2.2", history.redoDescription().orElseThrow());
    }
}
