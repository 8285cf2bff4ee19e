package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import ers.testing.Portfolios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Unsaved work stays on disk, in the recovery copy, until it is saved or the user throws it away. */
@Tag("ui")
class UnsavedWorkWindowTest extends WindowTest {

    @Test
    void aSaveThatFailsThenClosingKeepsTheWindowOpenAndTheRecoveryCopyOnDisk(FxRobot robot) throws Exception {
        Path folder = home.resolve("usb-stick");
        Files.createDirectories(folder);
        Path onStick = folder.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), onStick);
        openOnSheets(robot, onStick);
        robot.clickOn(cell(robot, 1, "2.4"));
        try (var inside = Files.list(folder)) {
            for (Path p : inside.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);

        // The folder is gone (a USB stick pulled out): the user chooses to write it back where it was.
        dialogs.changedAnswers.add(DialogService.ChangedChoice.OVERWRITE);
        dialogs.changedAnswers.add(DialogService.ChangedChoice.OVERWRITE);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.asked.get(dialogs.asked.size() - 1).startsWith("error: Cannot save alex.ers.json"),
                dialogs.asked.toString());

        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.SAVE);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        editor.flushRecovery();

        assertTrue(stage.isShowing(), "a close whose save failed does not close");
        assertTrue(editor.model().unsavedProperty().get());
        assertTrue(PortfolioReader.read(recoveryCopy().orElseThrow()).unit("ocr-b13").orElseThrow()
                .evidence().get(1).covers("2.4"), "the work is still on disk");
    }

    @Test
    void undoingBackToWhatIsSavedRemovesTheRecoveryCopyAndRedoBringsItBack(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 1, "2.4"));
        editor.flushRecovery();
        assertTrue(recoveryCopy().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        editor.flushRecovery();
        assertEquals(Optional.empty(), recoveryCopy(), "the work matches its file again: nothing to recover");

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        editor.flushRecovery();
        assertTrue(recoveryCopy().isPresent(), "redone work is unsaved again");
    }

    @Test
    void closingWithoutSavingWhenToldToThrowTheWorkAwayLeavesNoCopy(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 1, "2.4"));
        editor.flushRecovery();
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.DISCARD);
        robot.interact(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        editor.flushRecovery();
        assertEquals(List.of("unsaved: alex.ers.json"), dialogs.asked);
        assertEquals(Optional.empty(), recoveryCopy());
    }

    private Optional<Path> recoveryCopy() throws IOException {
        try (var files = Files.list(editor.home().recovery())) {
            return files.filter(p -> p.toString().endsWith(".ers.json")).findFirst();
        }
    }
}
