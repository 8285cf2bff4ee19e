package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.Role;
import ers.portfolio.seal.SignedSheets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The question before an edit voids a signature, in the real dialog, answered as the user answers
 * it: the candidate has signed F17 and the assessor has not, so the sheet is open to change, and a
 * tick changes what the candidate signed.
 */
@Tag("ui")
class RealVoidQuestionTest extends WindowTest {

    private static final String QUESTION = "Void a signature?";

    @Override
    protected Function<Window, DialogService> dialogService() {
        return FxDialogService::new;
    }

    @Test
    void cancelKeepsTheTickAndTheSignatureAndOkVoidsIt(FxRobot robot) throws Exception {
        Portfolio signed = SignedSheets.SIGNING.sign(SignedSheets.unsigned(), SignedSheets.UNIT,
                SignedSheets.request(Role.CANDIDATE, "Aled Hughes", LocalDate.of(2026, 3, 10), null));
        Path candidateSigned = home.resolve("aled.ers.json");
        PortfolioWriter.save(signed, candidateSigned);
        openOnSheets(robot, candidateSigned);
        robot.interact(() -> robot.lookup("#unitList").queryListView().getSelectionModel().select(0));
        List<EvidenceRow> before = f17();
        String criterion = before.get(0).criteria().get(0);
        assertTrue(summary(robot).contains("Candidate: signed"), summary(robot));

        robot.clickOn(cell(robot, 0, criterion));
        RealDialogsWindowTest.press(robot, QUESTION, "Cancel");
        assertEquals(before, f17(), "Cancel changes nothing");
        assertTrue(summary(robot).contains("Candidate: signed"), summary(robot));

        robot.clickOn(cell(robot, 0, criterion));
        RealDialogsWindowTest.press(robot, QUESTION, "OK");
        assertFalse(f17().get(0).covers(criterion), "OK takes the change");
        assertTrue(summary(robot).contains("Candidate: VOID"), summary(robot));
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#signatureSummary").queryAs(Label.class).getText();
    }
}
