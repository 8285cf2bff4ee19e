package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The Overview as the assessor opens it: from the View menu, on the sample in progress. */
class OverviewWindowTest extends WindowTest {

    private static final Path REPO = Path.of(System.getProperty("ers.repo", ".")).toAbsolutePath().normalize();

    @Test
    void theOverviewShowsTheSamplesProgressAndItsGaps(FxRobot robot) throws IOException {
        robot.interact(() -> editor.model().open(REPO.resolve("samples/in-progress-customer-service.ers.json")));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.sleep(300);

        Label totals = robot.lookup("#overviewTotals").queryAs(Label.class);
        assertEquals("Credits signed off: 0 of 24 credits (0 of 3 units)   ·   Criteria covered: 17 of 56", totals.getText());
        assertEquals("No evidence", robot.lookup("#overviewStatus-ocr-cc17").queryAs(Label.class).getText());
        assertEquals("In progress", robot.lookup("#overviewStatus-ocr-b13").queryAs(Label.class).getText());
        assertTrue(robot.lookup("Unit B13: 15 criteria uncovered").tryQuery().isPresent());

        Node overview = robot.lookup("#overview").query();
        Window window = overview.getScene().getWindow();
        robot.interact(() -> {
            window.setWidth(1366);
            window.setHeight(768);
        });
        Path out = REPO.resolve("app/target/screenshots");
        Files.createDirectories(out);
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(overview.getScene().snapshot(null), null), "png",
                        out.resolve("overview.png").toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        robot.clickOn("#overviewUnit-ocr-b14");
        assertEquals("ocr-b14", robot.lookup("#unitList").queryListView().getSelectionModel().getSelectedItem(),
                "a click on a unit shows its grid in the editor");
    }
}
