package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.Role;
import ers.portfolio.SignatureState;
import ers.portfolio.seal.SealVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The editor with a signed sheet: locked until reopened with a reason; a change then voids its signatures. */
class SigningInTheEditorTest extends WindowTest {

    private static final Path SIGNED_SAMPLE = Path.of(System.getProperty("ers.repo", ".."), "samples",
            "signed-team-leading.ers.json");

    private List<EvidenceRow> f17() {
        return editor.model().portfolio().unit("ocr-f17").orElseThrow().evidence();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aSignedSheetIsReadOnlyUntilReopenedAndAChangeThenVoidsItsSignatures(FxRobot robot) throws Exception {
        Path signed = home.resolve("signed.ers.json");
        Files.copy(SIGNED_SAMPLE, signed);
        robot.interact(() -> editor.model().open(signed));
        robot.interact(() -> ((javafx.scene.control.ListView<?>) robot.lookup("#unitList").query())
                .getSelectionModel().select(0));
        List<EvidenceRow> before = f17();
        String criterion = before.get(0).criteria().get(0);

        assertTrue(text(robot, "#unitWarning").startsWith("Locked"), text(robot, "#unitWarning"));
        assertFalse(robot.lookup("#evidenceGrid").queryAs(TableView.class).isEditable());
        robot.clickOn(cell(robot, 0, criterion));
        robot.type(KeyCode.SPACE);
        assertEquals(before, f17(), "a locked sheet does not change");

        robot.clickOn("#signaturesPane > .title");
        robot.clickOn("#reopenSheet");
        robot.clickOn("#reopenReason").write("E1 was mapped before the observation was written up");
        robot.clickOn("#reopenButton");
        assertTrue(robot.lookup("#evidenceGrid").queryAs(TableView.class).isEditable());

        robot.clickOn(cell(robot, 0, criterion));
        assertFalse(f17().get(0).covers(criterion), "the reopened sheet takes the change");
        assertEquals("VOID", text(robot, "#status-assessor"));
        assertEquals("VOID", text(robot, "#status-internalVerifier"));
        assertTrue(text(robot, "#detail-assessor").contains("evidence " + before.get(0).reference() + " changed"));

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        Portfolio saved = PortfolioReader.read(signed);
        var unit = saved.unit("ocr-f17").orElseThrow();
        assertEquals(SignatureState.VOID, SealVerifier.state(saved, unit, Role.ASSESSOR));
        List<String> actions = unit.history().stream().map(e -> e.action().key()).toList();
        assertTrue(actions.containsAll(List.of("signed", "reopened", "voided")), actions.toString());
        assertTrue(unit.history().stream().map(HistoryEntry::detail)
                .anyMatch(d -> d.equals("E1 was mapped before the observation was written up")));
    }
}
