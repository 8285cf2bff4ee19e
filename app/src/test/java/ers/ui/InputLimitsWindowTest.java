package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Text the file cannot keep or the sheet cannot print is refused in the grid cell where it is
 * typed, not later at Save or Export: the cell stays open with what was typed, marked, and the
 * status line says why.
 */
@Tag("ui")
class InputLimitsWindowTest extends WindowTest {

    private String status(FxRobot robot) {
        return robot.lookup("#statusLine").queryAs(Label.class).getText();
    }

    /** The cursor on the first row's reference, by clicking a tick cell (and taking the tick back) and arrows. */
    private void onReference(FxRobot robot) {
        robot.clickOn(cell(robot, 0, "1.3"));
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.LEFT, 5);
    }

    private TextField editingField() {
        Node focused = stage.getScene().getFocusOwner();
        assertTrue(focused instanceof TextField, "a cell is still being edited: " + focused);
        return (TextField) focused;
    }

    @Test
    void aTitleWithACharacterTheSheetCannotPrintStaysInItsCellWithTheReason(FxRobot robot) throws Exception {
        onReference(robot);
        robot.type(KeyCode.RIGHT).type(KeyCode.F2).write("Rota in 客 script").type(KeyCode.ENTER);

        assertEquals("Team meeting minutes", rows().get(0).title(), "nothing was changed");
        TextField field = editingField();
        assertEquals("Rota in 客 script", field.getText(), "what was typed is still there to mend");
        assertTrue(field.getStyleClass().contains("refused"), "the cell is marked");
        assertTrue(status(robot).startsWith("An evidence title cannot have the character \"客\" (U+5BA2"),
                status(robot));
        assertTrue(dialogs.asked.isEmpty(), "no dialog, only the status line: " + dialogs.asked);

        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Rota for March").type(KeyCode.ENTER);
        assertEquals("Rota for March", rows().get(0).title());
        assertEquals("Edit title. Undo with Ctrl+Z.", status(robot));
    }

    @Test
    void aReferenceOfFortyOneCharactersIsRefusedAndEscapeLeavesTheOldOne(FxRobot robot) throws Exception {
        onReference(robot);
        robot.type(KeyCode.F2).write("E".repeat(41)).type(KeyCode.TAB);

        assertEquals("E1", rows().get(0).reference());
        assertEquals("A reference has at most 40 characters; this one has 41. Shorten it.", status(robot));
        assertTrue(editingField().getStyleClass().contains("refused"));

        robot.type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertEquals("E".repeat(40), rows().get(0).reference(), "forty are kept");
        assertFalse(stage.getScene().getFocusOwner() instanceof TextField, "the edit ended");

        robot.type(KeyCode.F2).write("E".repeat(45)).type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        assertEquals("E".repeat(40), rows().get(0).reference(), "Escape keeps what was there");
    }
}
