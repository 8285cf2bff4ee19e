package ers.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Saves pictures of the window with each sample open, at 1366x768, to
 * {@code app/target/screenshots/}, for a person to look at before calling a change done.
 */
@Tag("ui")
class ScreenshotTest extends WindowTest {

    @Test
    void theSamplesAsTheUserSeesThem(FxRobot robot) throws IOException {
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        Path repo = Path.of(System.getProperty("ers.repo", ".")).toAbsolutePath().normalize();
        Path out = repo.resolve("app/target/screenshots");
        Files.createDirectories(out);
        for (String sample : new String[] {"complete-team-leading", "in-progress-customer-service"}) {
            openOnSheets(robot, repo.resolve("samples/" + sample + ".ers.json"));
            robot.interact(() -> {
                // The second unit shows more of the grid than the first; a person would click through.
                robot.lookup("#unitList").queryListView().getSelectionModel().select(1);
            });
            Path png = out.resolve(sample + ".png");
            robot.interact(() -> {
                WritableImage image = stage.getScene().snapshot(null);
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", png.toFile());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(Files.size(png) > 10_000, "a picture of the window was written: " + png);
            assertTrue(robot.lookup("#unitList .list-cell").queryAll().stream().map(n -> n.getAccessibleText())
                    .anyMatch(t -> t != null && t.startsWith("B13") && t.contains("criteria covered")));
        }
    }
}
