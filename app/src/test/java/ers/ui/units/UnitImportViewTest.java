package ers.ui.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import ers.spec.UnitSpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Import unit…: paste a register page, read it, correct a criterion and the missing code, save. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UnitImportViewTest {

    private static final String PASTED = """
            Unit title: Principles of leading a team
            Credit value: 1
            Learning outcomes
            1 Understand the role of a team leader
            1.1 Describe the role of a team leader
            1.2 Explain how a team leader supports the the team
            """;

    @TempDir
    static Path dir;
    private Path units;

    @Start
    void start(Stage stage) {
        units = dir.resolve("units-" + System.nanoTime());
        UnitImportModel model = new UnitImportModel(units, () -> UnitCatalog.load(units));
        stage.setScene(new Scene(new UnitImportView(model), 1300, 700));
        stage.show();
    }

    @Test
    void aPastedUnitIsReadCorrectedAndSavedToTheUnitsFolder(FxRobot robot) throws Exception {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(PASTED);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn("#importSource").press(KeyCode.CONTROL, KeyCode.V).release(KeyCode.V, KeyCode.CONTROL);
        robot.clickOn("#importRead");

        assertTrue(label(robot, "#importMessage").startsWith("Read 1 learning outcome and 2 criteria; not found: unit code"),
                label(robot, "#importMessage"));
        assertTrue(label(robot, "#unitLevelProblem").startsWith("\u26a0 not found in the text"));
        assertTrue(robot.lookup("#importSave").queryAs(Button.class).isDisabled(), "no code yet, so nothing to save");

        robot.clickOn("#unitCode").write("TL2");
        assertEquals("", label(robot, "#unitCodeProblem"));
        robot.clickOn("#unitId").write("centre-tl2");
        robot.clickOn("Outcomes and criteria");
        TableView<?> grid = robot.lookup("#unitGrid").queryAs(TableView.class);
        robot.doubleClickOn(robot.lookup("#unitGrid .table-row-cell").nth(2).lookup(".table-cell").nth(1).queryAs(
                javafx.scene.Node.class));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Explain how a team leader supports the team").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, grid.getItems().size());
        robot.clickOn("#importSave");

        assertTrue(label(robot, "#importMessage").startsWith("Saved to " + units.resolve("centre-tl2.json")),
                label(robot, "#importMessage"));
        UnitSpec saved = UnitSpecReader.read(units.resolve("centre-tl2.json"));
        assertEquals("Explain how a team leader supports the team", saved.criterion("1.2").orElseThrow().text());
        assertEquals("TL2", saved.code());
        assertNull(saved.level());
        assertEquals("not found in the pasted text", saved.unknown().level());
        assertTrue(UnitCatalog.load(units).find("centre-tl2").isPresent());
    }

    @Test
    void closingAWindowWithAnUnsavedUnitAsksFirstAndSavingAgainReplacesItsOwnFile(FxRobot robot) throws Exception {
        Path folder = units.resolveSibling(units.getFileName() + "-window");
        UnitImportModel model = new UnitImportModel(folder, () -> UnitCatalog.load(folder));
        javafx.stage.Stage[] window = new javafx.stage.Stage[1];
        robot.interact(() -> window[0] = UnitWindow.open(null, "Import unit", new UnitImportView(model), 1300, 700));
        robot.interact(() -> model.source.set(PASTED.replace("Credit value: 1", "Unit number: TL2\nCredit value: 1")));
        robot.clickOn(robot.from(window[0].getScene().getRoot()).lookup("#importRead").queryButton());

        // The question waits for an answer, so the close is asked for without waiting on it.
        javafx.application.Platform.runLater(() -> window[0].fireEvent(new javafx.stage.WindowEvent(window[0],
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#unitKeepOpen").tryQuery().isPresent());
        // The question's window may open partly off the headless screen, where a pointer cannot reach
        // its button; the button is pressed as the keyboard would press it.
        Button keep = robot.lookup("#unitKeepOpen").queryButton();
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> keep.getScene() != null
                && keep.getScene().getWindow() != null && keep.getScene().getWindow().isShowing());
        robot.interact(keep::fire);
        assertTrue(window[0].isShowing(), "the unit read is not lost by closing the window");

        robot.clickOn(robot.from(window[0].getScene().getRoot()).lookup("#importSave").queryButton());
        robot.clickOn(robot.from(window[0].getScene().getRoot()).lookup("#unitTitle").queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.END).write(" well");
        robot.clickOn(robot.from(window[0].getScene().getRoot()).lookup("#importSave").queryButton());
        String message = robot.from(window[0].getScene().getRoot()).lookup("#importMessage").queryAs(Label.class).getText();
        assertTrue(message.startsWith("Saved to " + folder.resolve("tl2.json")), message);
        assertEquals("Principles of leading a team well", UnitSpecReader.read(folder.resolve("tl2.json")).title());

        javafx.application.Platform.runLater(() -> window[0].fireEvent(new javafx.stage.WindowEvent(window[0],
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#unitKeepOpen").tryQuery().isEmpty(), "a saved unit closes without asking");
    }

    @Test
    void aTextWithoutCriteriaIsRefusedAndNothingCanBeSaved(FxRobot robot) {
        robot.clickOn("#importSource").write("Some notes about a unit");
        robot.clickOn("#importRead");

        assertTrue(label(robot, "#importMessage").startsWith("the pasted text: no assessment criteria were found."));
        assertTrue(robot.lookup("#importSave").queryAs(Button.class).isDisabled());
        assertFalse(Files.exists(units));
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
