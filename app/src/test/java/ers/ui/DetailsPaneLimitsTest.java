package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Text the file cannot keep or the sheet cannot print is refused in the details pane's field where
 * it is typed, as in the grid: no dialog; the field keeps what was typed, marked, with the reason
 * under it, on hover and for a screen reader; the row keeps its stored value until a valid one is typed.
 */
@Tag("ui")
class DetailsPaneLimitsTest extends WindowTest {

    @Test
    void anOverLongReferenceIsRefusedInTheFieldUntilAShortOneIsTyped(FxRobot robot) {
        robot.clickOn(cell(robot, 0, "1.4"));
        robot.type(KeyCode.SPACE);
        String tooLong = "R".repeat(41);
        replace(robot, "#referenceField", tooLong).type(KeyCode.ENTER);

        TextInputControl field = robot.lookup("#referenceField").queryAs(TextInputControl.class);
        String reason = "A reference has at most 40 characters; this one has 41. Shorten it.";
        assertEquals(java.util.List.of(), dialogs.asked, "refused without a dialog");
        assertEquals("E1", rows().get(0).reference(), "the stored reference is unchanged");
        assertEquals(tooLong, field.getText(), "what was typed stays to be mended");
        assertEquals(reason, robot.lookup("#referenceProblem").queryAs(Label.class).getText());
        assertTrue(field.getStyleClass().contains("problem"));
        assertEquals(reason, field.getAccessibleHelp());
        assertEquals(reason, field.getTooltip().getText());

        replace(robot, "#referenceField", "E9").type(KeyCode.ENTER);
        assertEquals("E9", rows().get(0).reference());
        assertEquals("", robot.lookup("#referenceProblem").queryAs(Label.class).getText());
        assertTrue(!field.getStyleClass().contains("problem"));
    }

    @Test
    void notesTheSheetCannotPrintAreRefusedWhenTheUserLeavesTheField(FxRobot robot) {
        robot.clickOn(cell(robot, 0, "1.4"));
        robot.type(KeyCode.SPACE);
        String before = rows().get(0).notes();
        replace(robot, "#notesField", "Seen 客");
        robot.clickOn("#referenceField");

        assertEquals(java.util.List.of(), dialogs.asked, "refused without a dialog");
        assertEquals(before, rows().get(0).notes(), "the stored notes are unchanged");
        assertEquals("Seen 客", robot.lookup("#notesField").queryAs(TextInputControl.class).getText());
        assertTrue(robot.lookup("#notesProblem").queryAs(Label.class).getText()
                .startsWith("The notes on evidence cannot have the character \"客\""));
    }

    private FxRobot replace(FxRobot robot, String field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        // The robot's keyboard has no key for every character; the user's input method does.
        robot.interact(() -> robot.lookup(field).queryAs(TextInputControl.class).replaceSelection(text));
        return robot;
    }
}
