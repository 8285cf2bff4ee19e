package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Find with Ctrl+F, and rows dragged to a new place. */
@Tag("ui")
class FindAndDragTest extends WindowTest {

    private TablePosition<?, ?> cursor(FxRobot robot) {
        return robot.lookup("#evidenceGrid").queryAs(TableView.class).getFocusModel().getFocusedCell();
    }

    private String found(FxRobot robot) {
        return robot.lookup("#findResult").queryAs(Label.class).getText();
    }

    private void findText(FxRobot robot, String text) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write(text);
    }

    @Test
    void findGoesToEvidenceByTitleWordsOrReferenceAndToCriteria(FxRobot robot) throws Exception {
        openWithRows(robot, "Witness statement from the team leader", "Customer survey of the briefing");
        findText(robot, "briefing");
        assertEquals(1, cursor(robot).getRow(), "the first row whose title has the word: E2");
        assertEquals("1 of 3: E2 Observation of briefing", found(robot));
        robot.type(KeyCode.ENTER);
        assertEquals(3, cursor(robot).getRow(), "Enter goes to the next: E4");
        robot.type(KeyCode.F3);
        assertEquals("criterion-4_6", cursor(robot).getTableColumn().getId(), "F3 to the next: 4.6 speaks of briefing");
        robot.type(KeyCode.F3);
        assertEquals(1, cursor(robot).getRow(), "and round to the first again");
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        assertEquals("criterion-4_6", cursor(robot).getTableColumn().getId(), "Shift+F3 goes back");

        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("e3");
        assertEquals(2, cursor(robot).getRow(), "a reference, whatever its case");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("3.4");
        assertEquals("criterion-3_4", cursor(robot).getTableColumn().getId(), "a criterion by its number");
        assertTrue(found(robot).startsWith("1 of 1: criterion 3.4 select and implement"), found(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("zebra");
        assertEquals("No match for \u201czebra\u201d in this unit.", found(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("budgets");
        assertEquals("criterion-4_2", cursor(robot).getTableColumn().getId(), "a criterion by a word of its text");

        robot.type(KeyCode.ESCAPE);
        assertFalse(robot.lookup("#findBar").query().isVisible(), "Escape closes the bar");
        assertEquals(robot.lookup("#evidenceGrid").query(), stage.getScene().getFocusOwner(), "back in the grid");
        int row = cursor(robot).getRow();
        robot.type(KeyCode.SPACE);
        assertTrue(rows().get(row).covers("4.2"), "the keyboard works on what was found last");
    }

    @Test
    void aLongMatchShortensOnlyTheResultNeverTheFindBarsWordsAndButtons(FxRobot robot) throws Exception {
        openWithRows(robot, "Observation of the Monday team briefing on the revised complaint-handling targets and rota");
        findText(robot, "rota");
        assertTrue(found(robot).startsWith("1 of 1: E3 Observation of the Monday"), found(robot));
        for (String id : List.of("#findBar .label", "#findNextButton", "#findCloseButton")) {
            javafx.scene.control.Labeled shown = robot.lookup(id).queryAs(javafx.scene.control.Labeled.class);
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) shown.lookup(".text");
            assertEquals(shown.getText(), drawn.getText(), id + " is drawn whole");
        }
    }

    private List<String> references() {
        return rows().stream().map(EvidenceRow::reference).toList();
    }

    @Test
    void aRowDraggedByItsTitleMovesInOneUndoableStep(FxRobot robot) throws Exception {
        openWithRows(robot, "Witness statement", "Customer survey");
        robot.drag(titleOf(robot, 3)).dropTo(titleOf(robot, 0));
        assertEquals(List.of("E4", "E1", "E2", "E3"), references(), "dragged up onto E1, E4 takes its place");
        assertEquals(0, cursor(robot).getRow(), "the cursor goes with the row");
        assertEquals("Move row to place 1. Undo with Ctrl+Z.", robot.lookup("#statusLine").queryAs(Label.class).getText());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(List.of("E1", "E2", "E3", "E4"), references(), "one Undo puts it back");

        robot.drag(titleOf(robot, 0)).dropTo(titleOf(robot, 3));
        assertEquals(List.of("E2", "E3", "E4", "E1"), references(), "dragged down onto the last row: it takes its place");
        assertTrue(robot.lookup(".drop-before").tryQuery().isEmpty() && robot.lookup(".drop-after").tryQuery().isEmpty(),
                "no drop line is left behind");
    }
}
