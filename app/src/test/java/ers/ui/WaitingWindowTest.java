package ers.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioReader;
import ers.testing.Portfolios;
import ers.portfolio.PortfolioWriter;
import ers.ui.work.HeldWork;
import ers.ui.work.WaitingWork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Saving and opening run off the window's thread: with the disk held (the job waits on a latch,
 * as on a slow network drive), the window still paints and answers, says what it is doing, lets
 * no click change what is being saved, and finishes the job once the disk answers.
 */
@Tag("ui")
class WaitingWindowTest extends WindowTest {

    private final HeldWork disk = new HeldWork();

    @Override
    protected WaitingWork waiting() {
        return disk.waiting();
    }

    @AfterEach
    void letTheDiskGo() {
        disk.release();
    }

    @Test
    void aSaveOnAHeldDiskLeavesTheWindowAnsweringAndTakesNoClickMeanwhile(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(file);
        robot.clickOn(cell(robot, 1, "2.2"));
        assertTrue(rows().get(1).covers("2.2"));
        disk.hold();

        robot.push(KeyCode.CONTROL, KeyCode.S);
        // push returned: the window's thread answered while the save waits for the disk.
        assertEquals("Saving alex.ers.json…", status(robot));
        assertTrue(robot.lookup("#exportProgress").query().isVisible(), "the status line shows the window is busy");
        assertArrayEquals(before, Files.readAllBytes(file), "nothing written before the disk answers");
        robot.clickOn(cell(robot, 1, "2.3"));
        assertFalse(rows().get(1).covers("2.3"), "a click during the save does not change what is being saved");

        disk.release();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status(robot).startsWith("Saved alex.ers.json"));
        assertFalse(stage.getTitle().startsWith("*"), stage.getTitle());
        assertTrue(PortfolioReader.read(file).unit("ocr-b13").orElseThrow().evidence().get(1).covers("2.2"));
        assertFalse(robot.lookup("#exportProgress").query().isVisible());

        robot.clickOn(cell(robot, 1, "2.3"));
        assertTrue(rows().get(1).covers("2.3"), "clicks count again once the save is done");
    }

    @Test
    void closingWithUnsavedWorkWaitsForTheSaveThenCloses(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 1, "2.2"));
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.SAVE);
        disk.hold();

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Saving alex.ers.json…", status(robot));
        assertTrue(stage.isShowing(), "the window stays until its work is on disk");

        disk.release();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        assertTrue(PortfolioReader.read(file).unit("ocr-b13").orElseThrow().evidence().get(1).covers("2.2"));
    }

    @Test
    void openingAHeldFileSaysSoAndShowsItWhenRead(FxRobot robot) throws Exception {
        Path other = home.resolve("other.ers.json");
        PortfolioWriter.save(Portfolios.small(), other);
        dialogs.files.add(other);
        disk.hold();

        robot.push(KeyCode.CONTROL, KeyCode.O);
        assertEquals("Opening other.ers.json…", status(robot));
        assertTrue(stage.getTitle().startsWith("alex.ers.json"), "the open file stays shown until the other is read");

        disk.release();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stage.getTitle().startsWith("other.ers.json"));
        assertEquals(other, editor.model().fileProperty().get());
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusLine").queryAs(Label.class).getText();
    }
}
