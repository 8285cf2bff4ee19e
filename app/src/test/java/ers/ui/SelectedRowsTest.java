package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Delete, Duplicate and Move act on every row selected, in one edit that one Ctrl+Z takes back. */
@Tag("ui")
class SelectedRowsTest extends WindowTest {

    private String status(FxRobot robot) {
        return robot.lookup("#statusLine").queryAs(Label.class).getText();
    }

    private List<String> references() {
        return rows().stream().map(EvidenceRow::reference).toList();
    }

    private List<String> titles() {
        return rows().stream().map(EvidenceRow::title).toList();
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    @Test
    void ctrlDeleteDeletesEveryRowSelectedWithShiftArrowsAndOneUndoBringsThemBack(FxRobot robot) throws Exception {
        openWithRows(robot, "Witness statement", "Customer survey");
        robot.clickOn(titleOf(robot, 1));
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN, 2).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.DELETE).release(KeyCode.CONTROL);
        assertEquals(List.of("E1"), references(), "E2, E3 and E4 are gone");
        assertEquals("Deleted 3 rows (E2, E3 and E4). Undo (Ctrl+Z) brings them back.", status(robot));

        undo(robot);
        assertEquals(List.of("E1", "E2", "E3", "E4"), references(), "one Undo brings all three back");
    }

    @Test
    void theDuplicateButtonCopiesEveryCtrlClickedRowInOneEdit(FxRobot robot) throws Exception {
        openWithRows(robot, "Witness statement", "Customer survey");
        String first = titles().get(0);
        robot.clickOn(titleOf(robot, 0));
        robot.press(KeyCode.CONTROL).clickOn(titleOf(robot, 3)).release(KeyCode.CONTROL);
        robot.clickOn("#duplicateRowButton");
        assertEquals(List.of(first, first, titles().get(2), "Witness statement", "Customer survey", "Customer survey"),
                titles(), "each copy is just below its row");
        assertEquals(6, rows().size());
        assertEquals("Duplicate 2 evidence rows. Undo with Ctrl+Z.", status(robot));

        undo(robot);
        assertEquals(4, rows().size(), "one Undo takes both copies away");
    }

    @Test
    void altUpMovesRowsApartEachUpAndStopsAtTheTop(FxRobot robot) throws Exception {
        openWithRows(robot, "Witness statement", "Customer survey");
        robot.clickOn(titleOf(robot, 1));
        robot.press(KeyCode.CONTROL).clickOn(titleOf(robot, 3)).release(KeyCode.CONTROL);
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertEquals(List.of("E2", "E1", "E4", "E3"), references(), "E2 and E4 each go up one, in order");
        assertEquals("Move 2 rows up. Undo with Ctrl+Z.", status(robot));

        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        assertEquals(List.of("E2", "E4", "E1", "E3"), references(), "E2 stops at the top, E4 goes on up to it");
        undo(robot);
        undo(robot);
        assertEquals(List.of("E1", "E2", "E3", "E4"), references(), "each move is one Undo");
    }

    @Test
    void deletingRowsThatVoidASignatureAsksOnce(FxRobot robot) throws Exception {
        openSignedSampleReopened(robot, "Two pieces of evidence were recorded twice");
        int before = f17().size();

        dialogs.confirmAnswers.add(true);
        int asked = dialogs.confirmed.size();
        robot.clickOn(titleOf(robot, 0));
        robot.press(KeyCode.CONTROL).clickOn(titleOf(robot, 1)).release(KeyCode.CONTROL);
        robot.clickOn("#deleteRowButton");
        assertEquals(asked + 1, dialogs.confirmed.size(), "one question for the two rows");
        assertTrue(dialogs.confirmed.get(asked).contains("delete 2 evidence rows"), dialogs.confirmed.get(asked));
        assertEquals(before - 2, f17().size());
    }

}
