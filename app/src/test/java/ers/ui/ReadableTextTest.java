package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Text that is there to be read is drawn at full contrast (WCAG AA, 4.5:1): the details of a row on
 * a signed sheet, which cannot be changed but are read by the assessor and by a verifier years
 * later, and the state of every signature line. Only switched-off buttons are drawn faded.
 */
@Tag("ui")
class ReadableTextTest extends WindowTest {

    @Test
    void theDetailsOfALockedSheetAreReadableAndStayUnchanged(FxRobot robot) throws Exception {
        Path signed = home.resolve("signed.ers.json");
        Files.copy(Path.of(System.getProperty("ers.repo", ".."), "samples", "signed-team-leading.ers.json"), signed);
        openOnSheets(robot, signed);
        robot.interact(() -> ((ListView<?>) robot.lookup("#unitList").query()).getSelectionModel().select(0));
        robot.clickOn(titleOf(robot, 0));
        WaitForAsyncUtils.waitForFxEvents();
        List<EvidenceRow> before = f17();

        List<Text> texts = robot.lookup("#detailsPane .text").queryAllAs(Text.class).stream()
                .filter(t -> t.isVisible() && t.getText() != null && !t.getText().isBlank()).toList();
        assertTrue(texts.stream().anyMatch(t -> t.getText().equals(before.get(0).reference())),
                "the details show the row's reference");
        for (Text t : texts) {
            double contrast = Contrast.ofTextAsDrawn(t);
            assertTrue(contrast >= 4.5, "\"" + t.getText() + "\" has contrast " + contrast);
        }

        robot.clickOn("#titleField").write("changed");
        assertEquals(before, f17(), "the locked sheet does not change");
        assertFalse(robot.lookup("#titleField").query().isFocused() && !robot.lookup("#titleField").query().isDisabled(),
                "the title field does not take typing");
    }

    @Test
    void everySignatureLineIsReadable(FxRobot robot) {
        robot.clickOn("#signaturesPane > .title");
        WaitForAsyncUtils.waitForFxEvents();
        List<Text> texts = robot.lookup("#signaturesPane .text").queryAllAs(Text.class).stream()
                .filter(t -> t.isVisible() && t.getText() != null && !t.getText().isBlank())
                .filter(t -> !isInSwitchedOffButton(t))
                .toList();
        assertTrue(texts.stream().anyMatch(t -> t.getText().equals("absent")), "an unsigned line says absent");
        for (Text t : texts) {
            double contrast = Contrast.ofTextAsDrawn(t);
            assertTrue(contrast >= 4.5, "\"" + t.getText() + "\" has contrast " + contrast);
        }
    }

    private static boolean isInSwitchedOffButton(Text text) {
        for (javafx.scene.Node n = text; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ButtonBase b && b.isDisabled()) {
                return true;
            }
        }
        return false;
    }
}
