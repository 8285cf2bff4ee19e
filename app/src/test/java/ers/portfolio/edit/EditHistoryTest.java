package ers.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.testing.Portfolios;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditHistoryTest {

    private final Portfolio start = Portfolios.small();

    @Test
    void undoAndRedoWalkThroughTheStates() {
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
    void unsavedChangesFollowThePositionNotTheCount() {
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
    void aNewEditDropsTheRedoStepsAndASavedStateAmongThem() {
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
    void anEditThatChangesNothingIsNotAStep() {
        EditHistory history = new EditHistory(start, true);
        history.apply(new SetCriterion("ocr-b13", "r1", "1.1", true));
        assertFalse(history.canUndo());
        assertFalse(history.hasUnsavedChanges());
    }

    @Test
    void aNewPortfolioStartsUnsaved() {
        assertTrue(new EditHistory(start, false).hasUnsavedChanges());
    }

    @Test
    void theOldestStepsGoPastTheLimit() {
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
    void editsThatDoNotApplyLeaveTheHistoryAlone() {
        EditHistory history = new EditHistory(start, true);
        assertThrows(IllegalArgumentException.class,
                () -> history.apply(new SetCriterion("ocr-b13", "r1", "9.9", true)));
        assertThrows(IllegalArgumentException.class,
                () -> history.apply(new DeleteRow("ocr-b13", "nope")));
        assertEquals(start, history.current());
        assertEquals(List.of(), history.undoDescription().stream().toList());
    }
}
