package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.home.AppHome;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.recovery.Recovered;
import ers.portfolio.recovery.RecoveryStore;
import ers.testing.Portfolios;
import ers.ui.grid.TickCell;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two real editor windows with their real dialogs on one portfolio, as two assessors sharing a
 * folder would have them: each ticks and saves, and neither edit is lost without being asked.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TwoWindowsTest {

    @TempDir
    Path home;

    private Path file;
    private Stage aliceStage;
    private Stage bobStage;
    private Editor alice;
    private Editor bob;

    @BeforeEach
    void aliceOpensThePortfolio() throws Exception {
        file = home.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), file);
        aliceStage = FxToolkit.registerPrimaryStage();
        AppHome shared = new AppHome(home.resolve("ers-home"));
        FxToolkit.setupFixture(() -> {
            alice = new Editor(aliceStage, shared, FxDialogService::new, new ers.ui.work.WaitingWork(Runnable::run));
            aliceStage.show();
            alice.model().open(file);
            WindowTest.showSheets(aliceStage);
            bobStage = new Stage();
            bob = new Editor(bobStage, shared, FxDialogService::new, new ers.ui.work.WaitingWork(Runnable::run));
            bobStage.show();
        });
    }

    @AfterEach
    void closeBoth() throws Exception {
        FxToolkit.setupFixture(() -> {
            new java.util.ArrayList<>(Window.getWindows()).stream().filter(w -> w != aliceStage).forEach(Window::hide);
            alice.shutdown();
            bob.shutdown();
        });
    }

    @Test
    void twoWindowsOneFileTheLaterSaveIsAskedAndReloadKeepsItsTickAside(FxRobot robot) throws Exception {
        bobOpensTheFileAndAnswers(robot, "Edit anyway");

        tickAndSave(robot, aliceStage, "2.2");
        tickAndSave(robot, bobStage, "2.3");

        DialogPane changed = dialog(robot, "alex.ers.json has changed on disk");
        assertTrue(changed.getContentText().startsWith("Since you opened or last saved it here, it was changed on"),
                changed.getContentText());
        click(robot, changed, "Reload");
        DialogPane reloaded = dialog(robot, "Reloaded alex.ers.json");
        Path kept = recovery().orphans().get(0).copy();
        assertTrue(reloaded.getContentText().contains(kept.toString()), reloaded.getContentText());
        click(robot, reloaded, "OK");

        assertEquals(TickCell.TICK, WindowTest.cellIn(robot, bobStage.getScene().getRoot(), 1, "2.2").getText(),
                "Bob's window now shows Alice's tick");
        assertEquals("alex.ers.json — Evidence Record Sheets", bobStage.getTitle());
        List<Recovered> aside = recovery().orphans();
        assertEquals(1, aside.size());
        assertTrue(covers(aside.get(0).portfolio().orElseThrow(), "2.3"), "Bob's tick is kept in the recovery folder");
        assertTrue(covers(PortfolioReader.read(file), "2.2"));
        assertFalse(covers(PortfolioReader.read(file), "2.3"));
    }

    @Test
    void twoWindowsOneFileOverwriteIsChosenAndThenTheOtherWindowIsAskedInItsTurn(FxRobot robot) throws Exception {
        bobOpensTheFileAndAnswers(robot, "Edit anyway");
        tickAndSave(robot, aliceStage, "2.2");
        tickAndSave(robot, bobStage, "2.3");
        click(robot, dialog(robot, "alex.ers.json has changed on disk"), "Overwrite");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(covers(PortfolioReader.read(file), "2.3"));
        assertEquals("alex.ers.json — Evidence Record Sheets", bobStage.getTitle());

        tickAndSave(robot, aliceStage, "3.1");
        click(robot, dialog(robot, "alex.ers.json has changed on disk"), "Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(aliceStage.getTitle().startsWith("* alex.ers.json"), "Alice's work stays open, unsaved");
        assertTrue(covers(PortfolioReader.read(file), "2.3"), "Bob's save was not replaced unasked");
        assertFalse(covers(PortfolioReader.read(file), "3.1"));
    }

    @Test
    void theSecondWindowIsToldTheFileIsOpenAndOpensItReadOnly(FxRobot robot) throws Exception {
        bobOpensTheFileAndAnswers(robot, "Open read-only");
        assertEquals("alex.ers.json [read-only] — Evidence Record Sheets", bobStage.getTitle());
        assertTrue(robot.from(bobStage.getScene().getRoot()).lookup("#statusLine")
                .queryLabeled().getText().contains("read-only: it is open in another window of this editor"));
    }

    private void bobOpensTheFileAndAnswers(FxRobot robot, String answer) throws Exception {
        Platform.runLater(() -> bob.model().open(file));
        DialogPane inUse = dialog(robot, "alex.ers.json is already open");
        assertTrue(inUse.getContentText().startsWith("alex.ers.json is open in another window of this editor"),
                inUse.getContentText());
        click(robot, inUse, answer);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bob.model().portfolio() != null);
        robot.interact(() -> WindowTest.showSheets(bobStage));
    }

    /** Brings the window forward, ticks the cell with the mouse and saves with Ctrl+S, as a user would. */
    private static void tickAndSave(FxRobot robot, Stage stage, String criterion) {
        robot.interact(stage::toFront);
        robot.clickOn(WindowTest.cellIn(robot, stage.getScene().getRoot(), 1, criterion));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
    }

    private static DialogPane dialog(FxRobot robot, String header) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showingDialog(robot, header) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return showingDialog(robot, header);
    }

    private static DialogPane showingDialog(FxRobot robot, String header) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> header.equals(p.getHeaderText()) && p.getScene() != null && p.getScene().getWindow() != null
                        && p.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }

    private static void click(FxRobot robot, DialogPane pane, String text) {
        robot.clickOn(robot.from(pane).lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text)));
    }

    private RecoveryStore recovery() {
        return new RecoveryStore(new AppHome(home.resolve("ers-home")).recovery());
    }

    private static boolean covers(Portfolio portfolio, String criterion) {
        return portfolio.unit("ocr-b13").orElseThrow().evidence().get(1).covers(criterion);
    }
}
