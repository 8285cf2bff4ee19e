package ers.ui.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.seal.SignedSheets;
import ers.portfolio.seal.TrustList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An internal verifier opens a portfolio to sample it: sees the states, adds initials, changes nothing else. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class VerifierViewTest {

    @TempDir
    static Path home;

    private final List<Portfolio> committed = new ArrayList<>();
    private VerifierView view;

    @Start
    void start(Stage stage) throws Exception {
        Portfolio p = SignedSheets.unsigned();
        p = SignedSheets.SIGNING.sign(p, SignedSheets.UNIT,
                SignedSheets.request(Role.CANDIDATE, "Aled Hughes", LocalDate.of(2026, 3, 10), null));
        p = SignedSheets.SIGNING.sign(p, SignedSheets.UNIT,
                SignedSheets.request(Role.ASSESSOR, "JANE SMITH", LocalDate.of(2026, 3, 14), null));
        Portfolio assessed = SignedSheets.SIGNING.sign(p, SignedSheets.UNIT,
                SignedSheets.request(Role.COUNTERSIGNING_ASSESSOR, "OMAR PATEL", LocalDate.of(2026, 3, 15), null));
        view = new VerifierView(SignedSheets.CLOCK, new TrustList(home.resolve("trusted")), changed -> {
            committed.add(changed);
            view.portfolioProperty().set(changed);
        });
        view.portfolioProperty().set(assessed);
        stage.setScene(new Scene(view, 1100, 700));
        stage.show();
    }

    @Test
    void theVerifierSeesEveryStateAndCanOnlyAddTheirInitials(FxRobot robot) {
        assertEquals("valid", robot.lookup("#status-assessor").queryAs(Label.class).getText());
        assertEquals("absent", robot.lookup("#status-internalVerifier").queryAs(Label.class).getText());
        assertEquals("Every criterion is covered.", robot.lookup("#uncovered").queryAs(Label.class).getText());
        assertFalse(robot.lookup("#reopenSheet").queryButton().isVisible(), "no reopening in verifier mode");
        for (String role : List.of("candidate", "assessor", "countersigningAssessor", "countersigningVerifier")) {
            assertFalse(robot.lookup("#sign-" + role).queryButton().isVisible(), role);
        }

        robot.clickOn("#sign-internalVerifier");
        robot.clickOn("#typedSignature").write("RE");
        robot.clickOn("#signButton");

        assertEquals("valid", robot.lookup("#status-internalVerifier").queryAs(Label.class).getText());
        Portfolio saved = committed.get(committed.size() - 1);
        Signature initials = SignedSheets.only(saved).signature(Role.INTERNAL_VERIFIER).orElseThrow();
        assertEquals("RE", initials.typed());
        assertEquals(SignedSheets.only(SignedSheets.unsigned()).evidence(), SignedSheets.only(saved).evidence(),
                "the evidence is as it was");
        assertTrue(robot.lookup("#verifierBanner").queryAs(Label.class).getText().contains("read-only"));
    }
}
