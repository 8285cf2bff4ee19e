package ers.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Selected text stays readable (WCAG AA, 4.5:1) whether or not its list has the keyboard. */
@Tag("ui")
class SelectionContrastTest extends WindowTest {

    @Test
    void theSelectedUnitIsReadableWithAndWithoutTheKeyboard(FxRobot robot) {
        ListView<?> units = robot.lookup("#unitList").queryListView();
        robot.clickOn(selectedCell(robot));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(units.isFocused());
        assertReadable(selectedCell(robot), "focused");

        robot.clickOn(cell(robot, 0, "1.3"));
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!units.isFocused(), "the grid has the keyboard");
        assertReadable(selectedCell(robot), "not focused");
    }

    @Test
    void aSelectedTickIsReadableWhenTheKeyboardLeavesTheGrid(FxRobot robot) {
        var tick = cell(robot, 0, "1.3");
        robot.clickOn(tick);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tick.isSelected() && "\u2713".equals(tick.getText()), "ticked and selected");
        assertReadable(tick, "focused");

        robot.clickOn("#notesField");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(tick.isSelected(), "the grid keeps its selection");
        assertReadable(tick, "not focused");
    }

    private static ListCell<?> selectedCell(FxRobot robot) {
        return robot.lookup("#unitList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isSelected() && !c.isEmpty()).findFirst().orElseThrow();
    }

    /** Every line of text drawn in the cell. */
    private static void assertReadable(Node cell, String state) {
        var texts = cell.lookupAll(".text").stream().filter(n -> n instanceof Text t && n.isVisible()
                && t.getText() != null && !t.getText().isBlank()).toList();
        assertTrue(!texts.isEmpty());
        for (Node t : texts) {
            double contrast = Contrast.ofText(t);
            assertTrue(contrast >= 4.5, state + ": \"" + ((Text) t).getText() + "\" has contrast " + contrast);
        }
    }
}
