package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.HistoryEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;

/** Signing as people do it: told before signatures are voided, forms that can be left, buttons that say why they are off. */
@Tag("ui")
class SigningFormsTest extends WindowTest {

    private static final Path SIGNED_SAMPLE = Path.of(System.getProperty("ers.repo", ".."), "samples",
            "signed-team-leading.ers.json");

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private List<HistoryEntry> f17History() {
        return editor.model().portfolio().unit("ocr-f17").orElseThrow().history();
    }

    private void openSignedSample(FxRobot robot) throws Exception {
        Path signed = home.resolve("signed.ers.json");
        Files.copy(SIGNED_SAMPLE, signed);
        openOnSheets(robot, signed);
        robot.interact(() -> robot.lookup("#unitList").queryAs(ListView.class).getSelectionModel().select(0));
    }

    private void reopenF17(FxRobot robot) {
        robot.clickOn("#signaturesPane > .title");
        robot.clickOn("#reopenSheet");
        assertEquals("Helen Whitworth", robot.lookup("#reopenName").queryAs(TextField.class).getText(),
                "the form names the assessor");
        assertEquals("Assessor", robot.lookup("#reopenRole .label").queryAs(Label.class).getText());
        robot.clickOn("#reopenReason").write("E1 was mapped before the observation was written up");
        robot.clickOn("#reopenButton");
    }

    private long openForms() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).count();
    }

    @Test
    void aTickOnAReopenedSheetFirstSaysWhoseSignaturesItVoidsAndCancelKeepsThem(FxRobot robot) throws Exception {
        openSignedSample(robot);
        reopenF17(robot);
        assertTrue(text(robot, "#lockState").contains("Reopened: the signatures of the candidate (Priya Ramsden), "
                + "the assessor (HELEN WHITWORTH)"), text(robot, "#lockState"));
        assertTrue(text(robot, "#lockState").endsWith("stand only until the next change to this sheet."));
        robot.clickOn("#signaturesPane > .title");
        List<EvidenceRow> before = f17();
        int entries = f17History().size();
        String criterion = before.get(0).criteria().get(0);

        dialogs.confirmAnswers.add(false);
        robot.clickOn(cell(robot, 0, criterion));

        assertEquals("confirm: Void signatures?", dialogs.asked.get(dialogs.asked.size() - 1));
        String warning = dialogs.confirmed.get(0);
        assertTrue(warning.contains("the candidate: Priya Ramsden, signed 28/04/2026 \u2014 evidence E1 changed"), warning);
        assertTrue(warning.contains("the assessor: HELEN WHITWORTH, signed 05/05/2026"), warning);
        assertEquals(before, f17(), "Cancel changes nothing");
        assertEquals(entries, f17History().size(), "nothing is recorded as voided");
        robot.clickOn("#signaturesPane > .title");
        assertEquals("valid", text(robot, "#status-candidate"));
        assertEquals("valid", text(robot, "#status-assessor"));

        robot.clickOn("#signaturesPane > .title");
        robot.clickOn(cell(robot, 0, criterion));
        assertFalse(f17().get(0).covers(criterion), "agreeing makes the change");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertTrue(text(robot, "#statusLine").startsWith("\u201cuntick " + criterion + "\u201d cannot be undone: "
                + "it voided the candidate's signature, the assessor's signature"), text(robot, "#statusLine"));
        assertEquals(2, dialogs.confirmed.size(), "asked once for the tick, not again for what follows");
        robot.clickOn(cell(robot, 1, criterion));
        assertEquals(2, dialogs.confirmed.size(), "nothing valid is left to void, so nothing is asked");
    }

    @Test
    void escapeAndCancelCloseEveryFormAndChangeNothing(FxRobot robot) throws Exception {
        robot.clickOn("#signaturesPane > .title");
        var before = editor.model().portfolio();
        robot.clickOn("#sign-candidate");
        assertEquals(1, openForms());
        robot.clickOn("#typedSignature").write("A Morgan");
        robot.type(KeyCode.ESCAPE);
        assertEquals(0, openForms(), "Escape closes the signing form");
        robot.clickOn("#sign-candidate");
        robot.clickOn("#cancelForm");
        assertEquals(0, openForms(), "so does Cancel");
        assertEquals(before, editor.model().portfolio(), "nothing was signed");

        robot.clickOn("Signatures").clickOn("Certificates\u2026");
        assertEquals(1, openForms());
        robot.type(KeyCode.ESCAPE);
        assertEquals(0, openForms(), "Escape closes the certificates form");

        openSignedSample(robot);
        assertTrue(robot.lookup("#signaturesPane").queryAs(javafx.scene.control.TitledPane.class).isExpanded());
        robot.clickOn("#reopenSheet");
        robot.clickOn("#reopenReason").write("to remap E1");
        robot.type(KeyCode.ESCAPE);
        assertEquals(0, openForms(), "Escape closes the reopening form");
        assertTrue(text(robot, "#lockState").startsWith("Locked"), "and the sheet stays locked");
    }

    @Test
    void theVerifiersSignIsOffOnAVoidSheetAndSaysWhy(FxRobot robot) throws Exception {
        openSignedSample(robot);
        reopenF17(robot);
        robot.clickOn("#signaturesPane > .title");
        robot.clickOn(cell(robot, 0, f17().get(0).criteria().get(0)));
        robot.clickOn("#signaturesPane > .title");
        Button sign = robot.lookup("#sign-internalVerifier").queryButton();
        assertEquals("VOID", text(robot, "#status-internalVerifier"));
        assertTrue(sign.isDisabled());
        assertEquals("Cannot sign now: the internal verifier signs after the candidate, whose signature is void: "
                + "the sheet changed after it was signed.", sign.getTooltip().getText());
        assertFalse(robot.lookup("#sign-candidate").queryButton().isDisabled(), "the candidate signs again first");
    }

    @Test
    void aSheetWithNoEvidenceCannotBeSigned(FxRobot robot) {
        robot.interact(() -> robot.lookup("#unitList").queryAs(ListView.class).getSelectionModel().select(1));
        robot.clickOn("#signaturesPane > .title");
        for (String role : List.of("candidate", "assessor")) {
            Button sign = robot.lookup("#sign-" + role).queryButton();
            assertTrue(sign.isDisabled(), role);
            assertEquals("Cannot sign now: the sheet has no evidence yet, so there is nothing to sign.",
                    sign.getTooltip().getText());
        }
        robot.clickOn("#signHolder-assessor");
        assertEquals(0, openForms(), "clicking the switched-off button opens nothing");
    }

    @Test
    void theUncoveredListWrapsInsideTheSigningForm(FxRobot robot) {
        robot.clickOn("#signaturesPane > .title");
        robot.clickOn("#sign-assessor");
        Window form = Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).findFirst().orElseThrow();
        assertTrue(robot.lookup("#uncoveredWarning").queryAs(Label.class).getText().contains("not covered by any evidence"));
        assertTrue(form.getWidth() < 600, "the form is " + form.getWidth() + " px wide");
        robot.clickOn("#signName").write("SAM ASSESSOR");
        robot.clickOn("#typedSignature").write("S Assessor");
        robot.clickOn("#signNote").write("see notes");
        robot.clickOn("#signButton");
        assertTrue(text(robot, "#signMessage").contains("say why in a sentence"), text(robot, "#signMessage"));
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theVerificationReportIsExportedFromTheFileMenu(FxRobot robot) throws Exception {
        openSignedSample(robot);
        Path report = home.resolve("report.pdf");
        dialogs.files.add(report);
        robot.clickOn("File").clickOn("Export verification report\u2026");
        assertEquals("Verification report written to " + report + ".", text(robot, "#statusLine"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(report.toFile())) {
            String words = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(words.contains("Assessor: valid, HELEN WHITWORTH, 05/05/2026"), words);
        }
    }
}
