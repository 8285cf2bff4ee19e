package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.testing.Portfolios;
import java.util.List;
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
}
