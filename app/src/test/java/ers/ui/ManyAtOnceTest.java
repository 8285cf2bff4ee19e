package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Ticking one criterion for many rows, or a block of cells, in one edit, as an assessor does it. */
@Tag("ui")
class ManyAtOnceTest extends WindowTest {

    private String status(FxRobot robot) {
        return robot.lookup("#statusLine").queryAs(Label.class).getText();
    }

    private List<Boolean> covering(String criterion) {
        return rows().stream().map(r -> r.covers(criterion)).toList();
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    @Test
    void shiftArrowsSelectRowsAndSpaceTicksTheCriterionForAllOfThemInOneEdit(FxRobot robot) throws Exception {
        openWithRows(robot, "Witness statement", "Customer survey");
        robot.clickOn(titleOf(robot, 2));
        robot.press(KeyCode.SHIFT).type(KeyCode.UP, 2).release(KeyCode.SHIFT);
        // Ctrl+arrows carry the cursor to the criterion and keep the three rows selected.
        robot.press(KeyCode.CONTROL).type(KeyCode.RIGHT, 4).release(KeyCode.CONTROL);
        robot.type(KeyCode.SPACE);
        assertEquals(List.of(true, true, true, false), covering("1.3"), "rows E1 to E3 cover 1.3, E4 does not");
        assertEquals("3", count(robot, "1.3"));
        assertEquals("Tick 1.3 for 3 rows. Undo with Ctrl+Z.", status(robot));

        undo(robot);
        assertEquals(List.of(false, false, false, false), covering("1.3"), "one Undo takes back all three ticks");
        assertEquals("Undone: tick 1.3 for 3 rows. Redo with Ctrl+Y.", status(robot));
    }

    @Test
    void aBlockOfTickCellsIsTickedThenUntickedTogether(FxRobot robot) throws Exception {
        openWithRows(robot, "Witness statement", "Customer survey");
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, 1, "2.2")).release(KeyCode.CONTROL);
        assertEquals(List.of(false, false, false, false), covering("2.2"), "a Ctrl+click selects, it does not tick");
        robot.press(KeyCode.SHIFT).clickOn(cell(robot, 2, "2.3")).release(KeyCode.SHIFT);
        robot.type(KeyCode.SPACE);
        assertEquals(List.of(false, true, true, false), covering("2.2"));
        assertEquals(List.of(false, true, true, false), covering("2.3"));
        assertEquals("Tick 4 cells (2.2, 2.3) in 2 rows. Undo with Ctrl+Z.", status(robot));

        robot.type(KeyCode.SPACE);
        assertEquals(List.of(false, false, false, false), covering("2.2"), "Space again unticks the block");
        assertEquals(List.of(false, false, false, false), covering("2.3"));
        undo(robot);
        assertEquals(List.of(false, true, true, false), covering("2.3"), "one Undo brings the block back");
    }

    @Test
    void ctrlClickedRowsAllGetTheCriterionClickedLast(FxRobot robot) throws Exception {
        openWithRows(robot, "Witness statement", "Customer survey");
        robot.clickOn(titleOf(robot, 3));
        robot.press(KeyCode.CONTROL).clickOn(titleOf(robot, 0)).clickOn(cell(robot, 0, "3.1"))
                .release(KeyCode.CONTROL);
        robot.type(KeyCode.SPACE);
        assertEquals(List.of(true, false, false, true), covering("3.1"), "E1 and E4, not the rows between");
    }

    @Test
    void aBatchThatVoidsSignaturesAsksOnceAndNoChangesNothing(FxRobot robot) throws Exception {
        openSignedSampleReopened(robot, "Two more pieces of evidence cover 3.4");
        List<EvidenceRow> before = f17();

        dialogs.confirmAnswers.add(false);
        robot.press(KeyCode.CONTROL).clickOn(cell(robot, 0, "3.4")).release(KeyCode.CONTROL);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        int asked = dialogs.confirmed.size();
        robot.type(KeyCode.SPACE);
        assertEquals(asked + 1, dialogs.confirmed.size(), "one question for the two cells");
        assertEquals(before, f17(), "No leaves the sheet as it was");

        dialogs.confirmAnswers.add(true);
        robot.type(KeyCode.SPACE);
        assertEquals(asked + 2, dialogs.confirmed.size(), "asked once again, not once per cell");
        assertTrue(dialogs.confirmed.get(asked + 1).contains("tick 3.4 for 2 rows"), dialogs.confirmed.get(asked + 1));
        assertTrue(f17().get(0).covers("3.4") && f17().get(1).covers("3.4"));
        assertFalse(f17().get(2).covers("3.4"));
    }

}
