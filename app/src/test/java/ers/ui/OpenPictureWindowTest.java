package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.json.Problem;
import ers.testing.Portfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A picture chosen in File > Open is named as a picture, in plain words, and what was open stays open. */
@Tag("ui")
class OpenPictureWindowTest extends WindowTest {

    @Test
    void aPngChosenWithCtrlOIsExplainedWithoutTheParsersWords(FxRobot robot) throws Exception {
        Path picture = home.resolve("photo.ers.json");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D});
        dialogs.files.add(picture);

        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("problems: Cannot open photo.ers.json", dialogs.asked.get(dialogs.asked.size() - 1), dialogs.asked.toString());
        String seen = dialogs.problemsShown.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        assertTrue(seen.contains("the file is a PNG picture, not one of this application's text files"), seen);
        assertTrue(seen.startsWith(picture.toString()), "names the file: " + seen);
        assertFalse(seen.matches("(?s).*(Unrecognized|token|Jackson|JSON|Exception|line: \\d).*"), "no parser's words: " + seen);
        assertEquals(Portfolios.small(), editor.model().portfolio(), "what was open stays open");
    }
}
