package ers.ui.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.seal.PersonalCertificate;
import ers.portfolio.seal.SealedHistory;
import ers.portfolio.seal.SignedSheets;
import ers.portfolio.seal.TrustList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Signs, locks, reopens and sees voids through the panel, with the mouse, as an assessor would. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SignaturesPanelTest {

    @TempDir
    static Path home;

    private SignaturesPanel panel;
    private final List<Portfolio> committed = new ArrayList<>();

    @Start
    void start(Stage stage) {
        panel = new SignaturesPanel(SignaturesPanel.Mode.EDITOR, SignedSheets.CLOCK,
                new TrustList(home.resolve("trusted")), new ers.ui.work.WaitingWork(Runnable::run), p -> {
                    committed.add(p);
                    panel.portfolioProperty().set(p);
                });
        panel.portfolioProperty().set(SignedSheets.unsigned());
        panel.unitIdProperty().set(SignedSheets.UNIT);
        stage.setScene(new Scene(panel, 900, 700));
        stage.show();
    }

    private void show(FxRobot robot, Portfolio portfolio) {
        robot.interact(() -> panel.portfolioProperty().set(portfolio));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Portfolio latest() {
        return committed.get(committed.size() - 1);
    }

    @Test
    void signingWithThePadStoresTheStrokesAndTheAssessorsSignatureLocksTheSheet(FxRobot robot) {
        assertEquals("absent", text(robot, "#status-candidate"));
        robot.clickOn("#sign-candidate");
        SignaturePads.draw(robot);
        robot.clickOn("#signButton");
        assertEquals("valid", text(robot, "#status-candidate"));
        Signature candidate = SignedSheets.only(latest()).signature(Role.CANDIDATE).orElseThrow();
        assertEquals("Aled Hughes", candidate.name());
        assertEquals(2, candidate.drawing().strokes().size(), "two strokes drawn");
        assertTrue(candidate.drawing().strokes().get(0).size() >= 3);
        assertEquals(LocalDate.now(SignedSheets.CLOCK), candidate.date(), "the date defaults to today");

        robot.clickOn("#sign-assessor");
        SignaturePads.draw(robot);
        robot.clickOn("#signButton");
        assertEquals("valid", text(robot, "#status-assessor"));
        assertTrue(text(robot, "#lockState").startsWith("Locked"), text(robot, "#lockState"));
        assertFalse(robot.lookup("#reopenSheet").queryButton().isDisabled());
        assertTrue(robot.lookup("#sign-assessor").queryButton().isDisabled(), "a locked sheet's assessor line is signed");
    }

    @Test
    void signingWithACertificateNeedsItsPasswordAndNamesItAfterwards(FxRobot robot) throws Exception {
        Path keyFile = home.resolve("aled.p12");
        PersonalCertificate.save(PersonalCertificate.create("Aled Hughes", null, SignedSheets.CLOCK), keyFile,
                "a long passphrase".toCharArray());
        robot.clickOn("#sign-candidate");
        SignaturePads.draw(robot);
        robot.clickOn("#useKey");
        robot.clickOn("#keyFile").write(keyFile.toString());
        robot.clickOn("#keyPassword").write("not the passphrase");
        robot.clickOn("#signButton");
        assertEquals(keyFile + ": the password does not open this key file", text(robot, "#signMessage"));

        robot.doubleClickOn("#keyPassword").eraseText(18).write("a long passphrase");
        robot.clickOn("#signButton");
        assertEquals("valid", text(robot, "#status-candidate"));
        assertTrue(text(robot, "#detail-candidate").contains("certificate CN=Aled Hughes (not on your trusted list)"),
                text(robot, "#detail-candidate"));
        assertTrue(SignedSheets.only(latest()).signature(Role.CANDIDATE).orElseThrow().seal().keySigned());
    }

    @Test
    void theUndoButtonTakesBackTheLastStrokeAndAnEmptyPadDoesNotSign(FxRobot robot) {
        robot.clickOn("#sign-candidate");
        SignaturePads.draw(robot);
        robot.clickOn("#padUndo");
        robot.clickOn("#padUndo");
        robot.clickOn("#signButton");
        assertTrue(text(robot, "#signMessage").contains("draw a signature"), text(robot, "#signMessage"));
        assertTrue(committed.isEmpty());
    }

    @Test
    void aDateInTheFutureCannotBeChosen(FxRobot robot) {
        robot.clickOn("#sign-candidate");
        DatePicker date = robot.lookup("#signDate").queryAs(DatePicker.class);
        LocalDate today = LocalDate.now(SignedSheets.CLOCK);
        robot.interact(() -> date.setValue(today.plusDays(3)));
        assertEquals(today, date.getValue());
        robot.interact(() -> date.setValue(today.minusDays(3)));
        assertEquals(today.minusDays(3), date.getValue());
    }

    @Test
    void theAssessorIsToldWhichCriteriaAreUncoveredAndMustSayWhy(FxRobot robot) {
        PortfolioUnit unit = SignedSheets.only(SignedSheets.unsigned());
        List<EvidenceRow> rows = new ArrayList<>(unit.evidence());
        EvidenceRow r = rows.get(0);
        rows.set(0, new EvidenceRow(r.id(), r.reference(), r.title(), r.methods(), r.date(), r.location(), r.notes(),
                List.of("1.1", "2.1")));
        show(robot, SignedSheets.unsigned().withUnits(List.of(unit.withEvidence(rows))));
        assertEquals("Not covered: 1.2, 1.3", text(robot, "#uncovered"));
        robot.clickOn("#sign-assessor");
        assertTrue(text(robot, "#uncoveredWarning").contains("1.2, 1.3"));
        SignaturePads.draw(robot);
        robot.clickOn("#signButton");
        assertTrue(text(robot, "#signMessage").contains("1.2, 1.3 are not covered"), text(robot, "#signMessage"));
        robot.clickOn("#signNote").write("Covered by the RPL record held at the centre");
        robot.clickOn("#signButton");
        assertEquals("valid", text(robot, "#status-assessor"));
    }

    @Test
    void reopeningWithAReasonUnlocksAndAChangeShowsEverySignatureVoidWithWhatChanged(FxRobot robot) throws Exception {
        show(robot, SignedSheets.signedByAll(null));
        assertTrue(text(robot, "#lockState").startsWith("Locked"));
        robot.clickOn("#reopenSheet");
        Button reopen = robot.lookup("#reopenButton").queryButton();
        assertTrue(reopen.isDisabled(), "no reopening without a reason");
        robot.clickOn("#reopenReason").write("E1 does not show 2.1");
        robot.clickOn("#reopenButton");
        assertTrue(text(robot, "#lockState").startsWith("Open"), text(robot, "#lockState"));

        PortfolioUnit unit = SignedSheets.only(latest());
        List<EvidenceRow> rows = new ArrayList<>(unit.evidence());
        EvidenceRow r = rows.get(0);
        rows.set(0, new EvidenceRow(r.id(), r.reference(), r.title(), r.methods(), r.date(), r.location(), r.notes(),
                List.of("1.1", "1.2", "1.3")));
        show(robot, SignedSheets.SIGNING.recordVoids(latest().withUnits(List.of(unit.withEvidence(rows)))));

        for (String role : List.of("candidate", "assessor", "countersigningAssessor", "internalVerifier")) {
            assertEquals("VOID", text(robot, "#status-" + role), role);
        }
        assertTrue(text(robot, "#detail-assessor").contains("evidence E1 changed"), text(robot, "#detail-assessor"));
        @SuppressWarnings("unchecked")
        TableView<HistoryView.Row> history = robot.lookup("#historyView").queryAs(TableView.class);
        List<String> actions = history.getItems().stream().map(line -> line.entry().action().key()).toList();
        assertEquals(List.of("signed", "signed", "signed", "signed", "reopened", "voided", "voided", "voided", "voided"),
                actions);
        assertNotNull(robot.lookup("E1 does not show 2.1").tryQuery().orElse(null), "the reason shows in the history");
        assertEquals(List.of(SealedHistory.NOT_SEALED), history.getItems().stream().map(HistoryView.Row::seal)
                .distinct().toList(), "with every signature void, no seal vouches for any entry");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
