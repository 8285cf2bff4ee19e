package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.testing.Portfolios;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The smaller defects of the editor (issue 9, defect 11), done as the user does them. */
@Tag("ui")
class SmallDefectsTest extends WindowTest {

    private static String status(FxRobot robot) {
        return robot.lookup("#statusLine").queryAs(Label.class).getText();
    }

    @Test
    void removingAnEmptyUnitAsksNothingAndUndoBringsItBack(FxRobot robot) {
        dialogs.unitsToAdd = List.of(Portfolios.bundled("ocr-f17"));
        robot.clickOn("#addUnitButton");
        ListView<?> list = robot.lookup("#unitList").queryAs(ListView.class);
        assertEquals(List.of("ocr-b13", "ocr-b14", "ocr-f17"), list.getItems());
        int asked = dialogs.asked.size();

        robot.clickOn("#removeUnitButton");
        assertEquals(List.of("ocr-b13", "ocr-b14"), list.getItems());
        assertEquals(asked, dialogs.asked.size(), "a unit without rows goes without a question");
        assertEquals("Removed unit " + Portfolios.bundled("ocr-f17").code()
                + " (it had no evidence rows). Undo (Ctrl+Z) brings it back.", status(robot));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(List.of("ocr-b13", "ocr-b14", "ocr-f17"), list.getItems(), "back at its place");
        assertEquals("ocr-f17", list.getSelectionModel().getSelectedItem(), "the unit brought back is shown");
        assertTrue(editor.model().portfolio().unit("ocr-f17").orElseThrow().spec()
                .equals(Portfolios.bundled("ocr-f17")), "with its spec");
        assertTrue(status(robot).startsWith("Undone: remove unit"), status(robot));
    }

    @Test
    void theEmptyGridSaysHowToAddARowOnlyWhenAddRowIsOn(FxRobot robot) {
        dialogs.unitsToAdd = List.of(Portfolios.bundled("ocr-f17"));
        robot.clickOn("#addUnitButton");
        Button addRow = robot.lookup("#addRowButton").queryButton();
        assertFalse(addRow.isDisabled());
        assertEquals("No evidence yet: press Add row (Ctrl+Shift+A) to record the first piece.", emptyHint(robot));

        for (int i = 0; i < 3; i++) {
            robot.clickOn("#removeUnitButton");
        }
        assertTrue(addRow.isDisabled(), "no unit, no Add row");
        assertEquals("No unit chosen: choose a unit on the left, or Add unit to add one.", emptyHint(robot));
    }

    private static String emptyHint(FxRobot robot) {
        Label hint = robot.lookup("#emptyGridHint").queryAs(Label.class);
        assertTrue(hint.isVisible() && hint.getScene() != null, "the empty grid shows its hint");
        return hint.getText();
    }

    @Test
    void aCellLeftAsItWasIsNoEditAndTheStatusLineSaysNone(FxRobot robot) {
        robot.clickOn(titleOf(robot, 0));
        String before = status(robot);
        robot.type(KeyCode.F2).type(KeyCode.ENTER);
        assertEquals("Team meeting minutes", rows().get(0).title());
        assertFalse(editor.model().canUndoProperty().get(), "nothing to undo");
        assertFalse(editor.model().unsavedProperty().get(), "nothing unsaved");
        assertEquals(before, status(robot), "no edit is claimed");
    }

    @Test
    void aDuplicateReferenceSaysWhyItIsRed(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 1, "1.3"));
        robot.type(KeyCode.LEFT, 5);
        robot.type(KeyCode.F2).write("E1").type(KeyCode.ENTER);
        assertEquals("E1", rows().get(1).reference());
        assertEquals("E1 is already used by row 1 (Team meeting minutes): give this one its own reference.",
                status(robot));
        List<javafx.scene.control.TableCell> red = robot.lookup(".duplicate").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(javafx.scene.Node::isVisible).toList();
        assertEquals(2, red.size(), "both references are shown in red");
        for (javafx.scene.control.TableCell<?, ?> c : red) {
            String why = c.getIndex() == 0 ? "E1 is already used by row 2 (Observation of briefing)"
                    : "E1 is already used by row 1 (Team meeting minutes)";
            assertEquals(why, c.getTooltip().getText(), "each names the other row");
            assertEquals("E1, " + why, c.getAccessibleText());
        }
    }

    @Test
    void theDetailsSayWhichRowAlreadyHasTheReferenceTyped(FxRobot robot) throws Exception {
        openWithRows(robot, "Witness statement", "Professional discussion");
        robot.clickOn(cell(robot, 3, "1.3"));
        robot.type(KeyCode.SPACE); // untick again: only the row was wanted
        Label clash = robot.lookup("#referenceClash").queryAs(Label.class);
        assertTrue(clash.getText().isEmpty(), "E4 is its own");

        robot.doubleClickOn("#referenceField").write("E3").type(KeyCode.ENTER);
        assertEquals("E3", editor.model().portfolio().unit("ocr-b13").orElseThrow().evidence().get(3).reference());
        assertEquals("E3 is already used by row 3 (Witness statement): give this one its own reference.", clash.getText());
        assertTrue(clash.isVisible() && clash.getHeight() > 0, "the reason is shown under the field");

        robot.doubleClickOn("#referenceField").write("E4").type(KeyCode.ENTER);
        assertTrue(clash.getText().isEmpty(), "mended, the reason goes");
    }
}
