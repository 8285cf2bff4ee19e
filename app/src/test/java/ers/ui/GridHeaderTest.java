package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.spec.LearningOutcome;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The grid's header is whole in the first frame of a unit: the learning outcomes above their criteria. */
@Tag("ui")
class GridHeaderTest extends WindowTest {

    @Test
    void theFirstFrameAfterSwitchingUnitHasTheLearningOutcomeRow(FxRobot robot) {
        robot.clickOn(robot.lookup("#unitList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(ListCell::isSelected).findFirst().orElseThrow());
        for (String unit : List.of("ocr-b14", "ocr-b13")) {
            robot.type(unit.equals("ocr-b14") ? KeyCode.DOWN : KeyCode.UP);
            // One pulse: the frame the user first sees of the new unit.
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(unit, robot.lookup("#unitList").queryListView().getSelectionModel().getSelectedItem());
            Bounds grid = robot.lookup("#evidenceGrid").query().localToScreen(
                    robot.lookup("#evidenceGrid").query().getLayoutBounds());
            for (LearningOutcome lo : editor.model().portfolio().unit(unit).orElseThrow().spec().learningOutcomes()) {
                Label label = robot.lookup("#evidenceGrid .column-header .label").queryAllAs(Label.class).stream()
                        .filter(l -> lo.label().equals(l.getText())).findFirst()
                        .orElseThrow(() -> new AssertionError(unit + ": no header for " + lo.label()));
                Bounds at = label.localToScreen(label.getLayoutBounds());
                assertTrue(shown(label) && label.getWidth() > 0 && label.getHeight() > 0,
                        unit + ": " + lo.label() + " is drawn, " + label.getWidth() + "x" + label.getHeight());
                // A learning outcome scrolled off to the right is still laid out in the header's row.
                assertTrue(at != null && at.getMinY() >= grid.getMinY() && at.getMaxY() <= grid.getMaxY(),
                        unit + ": " + lo.label() + " is in the grid's header at " + at);
            }
        }
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.getOpacity() == 0) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
