package ers.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The editor's Export never writes over the portfolio it has open, nor over a file that is not a PDF. */
@Tag("ui")
class ExportRefusalTest extends WindowTest {

    @Test
    void exportOntoThePortfolioItselfIsRefusedAndThePortfolioStays(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(file);
        Path sameFileOtherName = Files.createSymbolicLink(home.resolve("alex.pdf"), file.getFileName());
        dialogs.files.add(sameFileOtherName);

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.asked.stream().anyMatch(q -> q.startsWith("error: Cannot export to alex.pdf")
                && q.contains("is the portfolio open here itself")), dialogs.asked.toString());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void exportOverAFileThatIsNotAPdfIsRefused(FxRobot robot) throws Exception {
        Path notes = Files.writeString(home.resolve("notes.pdf"), "my notes");
        dialogs.files.add(notes);

        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(dialogs.asked.stream().anyMatch(q -> q.contains("already exists and is not a PDF")),
                dialogs.asked.toString());
        assertEquals("my notes", Files.readString(notes));
    }
}
