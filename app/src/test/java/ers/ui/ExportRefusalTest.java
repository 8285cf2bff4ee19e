package ers.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
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

    /** File > Export verification report writes a PDF too: never over the portfolio open here, nor over a file that is not a PDF. */
    @Test
    void theVerificationReportIsNotWrittenOverThePortfolioNorOverAFileThatIsNotAPdf(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(file);
        Path hardLink = Files.createLink(home.resolve("alex-verification.pdf"), file);
        Path notes = Files.writeString(home.resolve("notes.pdf"), "my notes");
        dialogs.files.add(hardLink);
        dialogs.files.add(notes);
        MenuItem report = robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "exportReportItem".equals(i.getId()))
                .findFirst().orElseThrow();

        robot.interact(report::fire);
        robot.interact(report::fire);

        assertTrue(dialogs.asked.stream().anyMatch(q -> q.startsWith("error: Cannot export to alex-verification.pdf")
                && q.contains("is the portfolio open here itself")), dialogs.asked.toString());
        assertTrue(dialogs.asked.stream().anyMatch(q -> q.startsWith("error: Cannot export to notes.pdf")
                && q.contains("already exists and is not a PDF")), dialogs.asked.toString());
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("my notes", Files.readString(notes));
    }
}
