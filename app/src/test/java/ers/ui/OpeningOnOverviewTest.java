package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.home.AppHome;
import ers.portfolio.PortfolioWriter;
import ers.testing.Portfolios;
import ers.ui.grid.GridRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The window started on a file, as from the command line or a double-click: it comes up on the
 * portfolio's Overview, and the sheets page is built only when the user first goes to it, after
 * which the keyboard works in the grid as on any other start. A broken file is explained and the
 * window stays usable.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class OpeningOnOverviewTest {

    @TempDir
    Path home;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Editor editor;
    private Stage stage;

    @BeforeEach
    void registerStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    /** What the application does with the file named on its command line. */
    private void startOn(Path file) throws Exception {
        FxToolkit.setupFixture(() -> {
            editor = new Editor(stage, new AppHome(home.resolve("ers-home")), w -> dialogs,
                    new ers.ui.work.WaitingWork(Runnable::run));
            editor.show(file, ReadAhead.start(file));
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.setupFixture(() -> editor.shutdown());
    }

    @Test
    void theFirstFrameIsTheOverviewAndTheGridIsBuiltWhenTheUserGoesToIt(FxRobot robot) throws Exception {
        Path file = home.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), file);
        startOn(file);
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.isVisible() && l.getText() != null && l.getText().contains("Alex Morgan")),
                "the Overview names the candidate");
        assertTrue(robot.lookup("#evidenceGrid").tryQuery().isEmpty(),
                "nothing of the sheets page is in the window before the user goes to it");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.U).release(KeyCode.SHIFT, KeyCode.CONTROL);

        @SuppressWarnings("unchecked")
        TableView<GridRow> grid = robot.lookup("#evidenceGrid").queryAs(TableView.class);
        assertTrue(grid.isVisible() && grid.isFocused(), "the grid is shown and has the keyboard");
        assertEquals(2, grid.getItems().size(), "the grid shows the rows of the unit chosen in the list");
        int before = grid.getFocusModel().getFocusedIndex();
        robot.type(KeyCode.DOWN);
        assertEquals(before + 1, grid.getFocusModel().getFocusedIndex(), "Down moves the cursor a row down");
    }

    @Test
    void aBrokenFileIsExplainedWithoutClaimingSomethingElseIsOpen(FxRobot robot) throws Exception {
        Path file = home.resolve("cut.ers.json");
        Files.writeString(file, "{\"formatVersion\": 2, \"candidate\": {\"name\": 5}\n");
        startOn(file);
        assertEquals(List.of("problems: Cannot open cut.ers.json"), dialogs.asked);
        assertEquals(List.of("This file cannot be opened as a portfolio."), dialogs.problemIntros);
        assertTrue(dialogs.problemsShown.get(0).toString().contains("cut.ers.json:2:1"), dialogs.problemsShown.toString());
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                        .anyMatch(l -> l.isVisible() && "No portfolio is open. File > New or File > Open.".equals(l.getText())),
                "the Overview says that nothing is open");
    }
}
