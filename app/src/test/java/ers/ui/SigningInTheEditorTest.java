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
import ers.ui.sign.SignaturePads;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The editor with a signed sheet: locked until reopened with a reason; a change then voids its signatures. */
@Tag("ui")
class SigningInTheEditorTest extends WindowTest {

    private static final Path SIGNED_SAMPLE = Path.of(System.getProperty("ers.repo", ".."), "samples",
            "signed-team-leading.ers.json");

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void aSignedSheetIsReadOnlyUntilReopenedAndAChangeThenVoidsItsSignatures(FxRobot robot) throws Exception {
        Path signed = home.resolve("signed.ers.json");
        Files.copy(SIGNED_SAMPLE, signed);
        openOnSheets(robot, signed);
        robot.interact(() -> ((javafx.scene.control.ListView<?>) robot.lookup("#unitList").query())
                .getSelectionModel().select(0));
        List<EvidenceRow> before = f17();
        String criterion = before.get(0).criteria().get(0);

        assertTrue(text(robot, "#unitWarning").startsWith("Locked"), text(robot, "#unitWarning"));
        assertFalse(robot.lookup("#evidenceGrid").queryAs(TableView.class).isEditable());
        for (String rowButton : List.of("#addRowButton", "#duplicateRowButton", "#deleteRowButton", "#moveDownButton")) {
            assertTrue(robot.lookup(rowButton).queryButton().isDisabled(), rowButton + " is off on a locked sheet");
        }
        robot.clickOn(cell(robot, 0, criterion));
        robot.type(KeyCode.SPACE);
        assertEquals(before, f17(), "a locked sheet does not change");

        robot.clickOn("#signaturesPane > .title");
        robot.clickOn("#reopenSheet");
        robot.clickOn("#reopenReason").write("E1 was mapped before the observation was written up");
        robot.clickOn("#reopenButton");
        assertTrue(robot.lookup("#evidenceGrid").queryAs(TableView.class).isEditable());
        assertFalse(robot.lookup("#addRowButton").queryButton().isDisabled(), "a reopened sheet takes new rows");

        robot.clickOn("#signaturesPane > .title");
        robot.clickOn(cell(robot, 0, criterion));
        assertFalse(f17().get(0).covers(criterion), "the reopened sheet takes the change");
        assertTrue(robot.lookup("#signatureSummary").queryAs(Label.class).getText().contains("Assessor: VOID"),
                "the collapsed Signatures bar says so too");
        robot.clickOn("#signaturesPane > .title");
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

    @Test
    void undoStopsAtASignatureAndSaysWhy(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 0, "1.3"));
        robot.clickOn("#signaturesPane > .title");
        robot.clickOn("#sign-candidate");
        SignaturePads.draw(robot);
        robot.clickOn("#signButton");
        assertEquals("valid", text(robot, "#status-candidate"));
        assertTrue(editor.model().unsavedProperty().get(), "signed but not yet saved");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals("Signing as the candidate on unit B13 cannot be undone: a signature stays in the sheet's history. "
                + "A change to the sheet voids it.", text(robot, "#statusLine"));
        assertEquals("valid", text(robot, "#status-candidate"), "the signature is still there");
        assertTrue(rows().get(0).covers("1.3"), "nor is the tick it covers taken back");
        assertEquals(List.of("signed"), historyOf(editor.model().portfolio()));

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        assertFalse(editor.model().unsavedProperty().get());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        openOnSheets(robot, file);
        Portfolio reopened = editor.model().portfolio();
        assertEquals(SignatureState.VALID,
                SealVerifier.state(reopened, reopened.unit("ocr-b13").orElseThrow(), Role.CANDIDATE));
        assertEquals(List.of("signed"), historyOf(reopened));
        assertEquals("valid", text(robot, "#status-candidate"));
    }

    private static List<String> historyOf(Portfolio portfolio) {
        return portfolio.unit("ocr-b13").orElseThrow().history().stream().map(e -> e.action().key()).toList();
    }
}
