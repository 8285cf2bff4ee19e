package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A portfolio opens on its Overview in the editor window; a click on a unit's line goes to its grid. */
@Tag("ui")
class OverviewPageTest extends WindowTest {

    private static final Path REPO = Path.of(System.getProperty("ers.repo", ".")).toAbsolutePath().normalize();

    private static boolean onScreen(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getLayoutBounds().getWidth() > 0;
    }

    @Test
    void aPortfolioOpensOnItsOverviewAndAUnitLineGoesToItsGrid(FxRobot robot) throws IOException {
        dialogs.files.add(REPO.resolve("samples/in-progress-customer-service.ers.json"));
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);

        assertTrue(onScreen(robot, "#overviewTotals"), "the Overview is what the window shows first");
        assertFalse(onScreen(robot, "#evidenceGrid"));
        Label totals = robot.lookup("#overviewTotals").queryAs(Label.class);
        assertEquals("Credits signed off: 0 of 24 credits (0 of 3 units)   ·   Criteria covered: 17 of 56", totals.getText());
        assertEquals("No evidence", robot.lookup("#overviewStatus-ocr-cc17").queryAs(Label.class).getText());
        assertEquals("In progress", robot.lookup("#overviewStatus-ocr-b13").queryAs(Label.class).getText());
        assertTrue(robot.lookup("Unit B13: 15 criteria uncovered").tryQuery().isPresent());
        assertEquals(1366, stage.getWidth(), 1);
        screenshot(robot, "overview.png");

        robot.clickOn("#overviewUnit-ocr-b14");
        assertEquals("ocr-b14", robot.lookup("#unitList").queryListView().getSelectionModel().getSelectedItem());
        assertTrue(onScreen(robot, "#evidenceGrid"), "a click on a unit's line shows its grid");
        assertFalse(onScreen(robot, "#overviewTotals"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(onScreen(robot, "#overviewTotals"), "View > Overview goes back to it");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.U).release(KeyCode.U, KeyCode.SHIFT, KeyCode.CONTROL);
        assertTrue(onScreen(robot, "#evidenceGrid"), "View > Unit sheets goes back to the grid");
        assertEquals("ocr-b14", robot.lookup("#unitList").queryListView().getSelectionModel().getSelectedItem());
    }

    /** The whole window as the user sees it, at the laptop size. */
    private void screenshot(FxRobot robot, String name) throws IOException {
        Path out = REPO.resolve("app/target/screenshots");
        Files.createDirectories(out);
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        out.resolve(name).toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
