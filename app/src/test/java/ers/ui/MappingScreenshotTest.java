package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Pictures of the mapping grid at 1366x768, saved to {@code app/target/screenshots/} for a person
 * to look at: B13 of the complete sample, the method picker open, and the evidence of a
 * criterion listed from its header. Popups open over the window are drawn into them where they show.
 */
@Tag("ui")
class MappingScreenshotTest extends WindowTest {

    private Path out;

    /** The window, with every popup open over it drawn where it shows (the headless screen cannot be read back). */
    private void shoot(FxRobot robot, String name) throws IOException {
        BufferedImage[] picture = new BufferedImage[1];
        robot.interact(() -> {
            BufferedImage window = SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null);
            Graphics2D g = window.createGraphics();
            double x0 = stage.getX() + stage.getScene().getX();
            double y0 = stage.getY() + stage.getScene().getY();
            for (Window w : Window.getWindows()) {
                if (w != stage && w.isShowing() && w instanceof PopupWindow) {
                    BufferedImage popup = SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null);
                    g.drawImage(popup, (int) Math.round(w.getX() + w.getScene().getX() - x0),
                            (int) Math.round(w.getY() + w.getScene().getY() - y0), null);
                }
            }
            g.dispose();
            picture[0] = window;
        });
        Path png = out.resolve(name + ".png");
        ImageIO.write(picture[0], "png", png.toFile());
        assertTrue(Files.size(png) > 10_000, "a picture was written: " + png);
        assertEquals(1366, picture[0].getWidth(), "the laptop's width");
    }

    @Test
    void theGridThePickerAndTheEvidenceOfACriterion(FxRobot robot) throws IOException {
        Path repo = Path.of(System.getProperty("ers.repo", ".")).toAbsolutePath().normalize();
        out = repo.resolve("app/target/screenshots");
        Files.createDirectories(out);
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        openOnSheets(robot, repo.resolve("samples/complete-team-leading.ers.json"));
        robot.interact(() -> robot.lookup("#unitList").queryListView().getSelectionModel().select("ocr-b13"));
        TableView<?> grid = robot.lookup("#evidenceGrid").queryAs(TableView.class);
        assertEquals(14, grid.getItems().size());
        robot.clickOn(titleOf(robot, 1));
        shoot(robot, "b13-grid");

        robot.type(KeyCode.RIGHT).type(KeyCode.F2);
        assertTrue(robot.lookup("#methodPicker").query().isVisible());
        shoot(robot, "b13-method-picker");
        robot.type(KeyCode.ESCAPE);

        Node count = robot.lookup("#" + ers.ui.grid.EvidenceGrid.criterionColumnId("1.2")).queryAll().stream()
                .flatMap(n -> n.lookupAll(".criterion-count").stream()).findFirst().orElseThrow();
        robot.clickOn(count);
        assertTrue(robot.lookup("#criterionEvidence").query().isVisible());
        shoot(robot, "b13-criterion-evidence");
        robot.type(KeyCode.ESCAPE);
    }
}
