package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.edit.SetCriterion;
import ers.testing.Portfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The editor with its real dialogs, answered as the user answers them: the unsaved-work question on
 * closing and the recovery question after an editor died. Each answer is checked on disk and in the window.
 */
@Tag("ui")
class RealDialogsWindowTest extends WindowTest {

    @Override
    protected Function<Window, DialogService> dialogService() {
        return FxDialogService::new;
    }

    @Test
    void saveOnCloseWritesTheWorkAndCloses(FxRobot robot) throws Exception {
        tickAndClose(robot);
        press(robot, "Save the changes to alex.ers.json?", "Save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertTrue(PortfolioReader.read(file).unit("ocr-b13").orElseThrow().evidence().get(1).covers("2.4"),
                "the tick is in the file");
    }

    @Test
    void dontSaveOnCloseLeavesTheFileAsItWasAndNoCopy(FxRobot robot) throws Exception {
        tickAndClose(robot);
        press(robot, "Save the changes to alex.ers.json?", "Don't save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !stage.isShowing());
        editor.flushRecovery();
        assertEquals(Portfolios.small(), PortfolioReader.read(file), "the file is as it was saved");
        assertEquals(Optional.empty(), recoveryCopy(), "the work was thrown away, as the user said");
    }

    @Test
    void cancelOnCloseKeepsTheWindowAndTheWorkUnsaved(FxRobot robot) throws Exception {
        tickAndClose(robot);
        press(robot, "Save the changes to alex.ers.json?", "Cancel");
        editor.flushRecovery();
        assertTrue(stage.isShowing(), "Cancel goes back to the work");
        assertEquals("* alex.ers.json — Evidence Record Sheets", stage.getTitle());
        assertTrue(rows().get(1).covers("2.4"));
        assertEquals(Portfolios.small(), PortfolioReader.read(file), "nothing was saved");
        assertTrue(recoveryCopy().isPresent(), "the unsaved work is still kept safe");
    }

    @Test
    void restoreOpensTheLostWorkUnsavedAndTakesTheCopy(FxRobot robot) throws Exception {
        Path copy = leaveWorkOfADeadEditor();
        offer(robot, "Restore");
        assertEquals("* alex.ers.json — Evidence Record Sheets", stage.getTitle(), "restored work is not yet saved");
        assertTrue(rows().get(1).covers("2.5"), "the lost tick is back");
        assertFalse(Files.exists(copy), "the copy was taken");
    }

    @Test
    void discardDeletesTheCopyAndKeepsWhatIsOpen(FxRobot robot) throws Exception {
        Path copy = leaveWorkOfADeadEditor();
        offer(robot, "Discard");
        assertFalse(Files.exists(copy), "the copy is gone");
        assertOpenWorkAsSaved();
    }

    @Test
    void decideLaterKeepsTheCopyForTheNextStart(FxRobot robot) throws Exception {
        Path copy = leaveWorkOfADeadEditor();
        offer(robot, "Decide later");
        assertTrue(Files.exists(copy), "the copy stays until the user decides");
        assertOpenWorkAsSaved();
    }

    private void assertOpenWorkAsSaved() {
        assertFalse(rows().get(1).covers("2.5"), "the copy's work was not taken in");
        assertEquals("alex.ers.json — Evidence Record Sheets", stage.getTitle());
    }

    private void tickAndClose(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 1, "2.4"));
        editor.flushRecovery();
        // The question waits in its own event loop, so the close is asked for outside the robot's interact.
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    /** What a previous editor left when it died: its copy with one more tick, and the file it belonged to. */
    private Path leaveWorkOfADeadEditor() throws Exception {
        Portfolio lost = new SetCriterion("ocr-b13", "r2", "2.5", true).applyTo(Portfolios.small());
        Path folder = editor.home().recovery();
        Files.writeString(folder.resolve("session-gone.origin"), file.toAbsolutePath().toString());
        Path copy = folder.resolve("session-gone.ers.json");
        PortfolioWriter.save(lost, copy);
        return copy;
    }

    private void offer(FxRobot robot, String answer) throws Exception {
        Platform.runLater(editor::offerRecovery);
        press(robot, "Unsaved work was found", answer);
    }

    /** Waits for the dialog headed {@code header}, then presses its button labelled {@code label}. */
    static void press(FxRobot robot, String header, String label) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog(header).isPresent());
        DialogPane pane = dialog(header).orElseThrow();
        Button button = pane.getButtonTypes().stream().filter(t -> t.getText().equals(label))
                .map(t -> (Button) pane.lookupButton(t)).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " on " + header));
        robot.interact(button::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog(header).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Optional<DialogPane> dialog(String header) {
        return Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast)
                .filter(p -> header.equals(p.getHeaderText())).findFirst();
    }

    private Optional<Path> recoveryCopy() throws java.io.IOException {
        try (var files = Files.list(editor.home().recovery())) {
            return files.filter(p -> p.toString().endsWith(".ers.json")).findFirst();
        }
    }
}
