package ers.ui.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SamplingRecord;
import ers.portfolio.SignatureState;
import ers.portfolio.seal.SealVerifier;
import ers.portfolio.seal.TrustList;
import ers.ui.grid.TickCell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An external verifier opens the signed sample: sees every row and tick, can change none, and records a sample. */
@ExtendWith(ApplicationExtension.class)
@Tag("ui")
class VerifierModeTest {

    private static final Path SIGNED_SAMPLE = Path.of(System.getProperty("ers.repo", ".."), "samples",
            "signed-team-leading.ers.json");

    @TempDir
    static Path home;

    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("ers.home", home.resolve("ers-home").toString());
        file = home.resolve("verify-" + System.nanoTime() + ".ers.json");
        Files.copy(SIGNED_SAMPLE, file);
        // Its own window, as File > Open for verification opens it; the shared primary stage stays as it is.
        VerifierWindow.open(null, file, new TrustList(home.resolve("trusted")),
                new ers.ui.work.WaitingWork(Runnable::run));
    }

    @AfterEach
    void closeTheVerifierWindow() throws Exception {
        FxToolkit.setupFixture(() -> new java.util.ArrayList<>(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Verify "))
                .forEach(Window::hide));
    }

    private static List<TickCell> ticks(FxRobot robot) {
        return robot.lookup(".tick-cell").queryAllAs(TickCell.class).stream()
                .filter(c -> c.isVisible() && TickCell.TICK.equals(c.getText())).toList();
    }

    @Test
    void theGridShowsEveryRowAndTickAndNoClickOrKeyChangesThem(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(file);
        PortfolioUnit f17 = PortfolioReader.read(file).units().get(0);
        TableView<?> grid = robot.lookup("#evidenceGrid").queryAs(TableView.class);
        assertEquals(f17.evidence().size(), grid.getItems().size(), "every row of the sheet");
        assertFalse(ticks(robot).isEmpty(), "the ticks show");
        assertEquals("valid", robot.lookup("#status-assessor").queryAs(Label.class).getText());

        TickCell ticked = ticks(robot).get(0);
        int shown = ticks(robot).size();
        robot.clickOn(ticked);
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.F2).write("x").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.DELETE).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertEquals(shown, ticks(robot).size(), "no tick came or went");
        assertEquals(f17.evidence(), ((List<?>) grid.getItems()).stream()
                .map(r -> ((ers.ui.grid.GridRow) r).get()).toList(), "the rows are as the file has them");
        assertArrayEquals(before, Files.readAllBytes(file), "the file is byte for byte as it was");
    }

    @Test
    void aSampleIsRecordedInTheFileAndHistoryAndVoidsNothing(FxRobot robot) throws Exception {
        robot.clickOn("#recordSampleButton");
        robot.clickOn("#sampleBy").clickOn("External verifier");
        robot.clickOn("#sampleName").write("Ruth Adeyemi");
        robot.clickOn(robot.lookup("#sampleRows .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#sampleOutcome").clickOn("Action needed");
        robot.clickOn("#recordSample");
        assertEquals("Say what is not agreed or what action is needed.",
                robot.lookup("#sampleMessage").queryAs(Label.class).getText());
        robot.clickOn("#sampleComment").write("Witness statement for E1 is unsigned");
        robot.clickOn("#recordSample");

        Portfolio saved = PortfolioReader.read(file);
        PortfolioUnit f17 = saved.units().get(0);
        SamplingRecord sample = f17.sampling().get(f17.sampling().size() - 1);
        assertEquals(SamplingRecord.Sampler.EXTERNAL_VERIFIER, sample.by());
        assertEquals(List.of(f17.evidence().get(0).id()), sample.evidence());
        assertEquals(SamplingRecord.Outcome.ACTION_NEEDED, sample.outcome());
        HistoryEntry last = f17.history().get(f17.history().size() - 1);
        assertEquals(HistoryEntry.Action.SAMPLED, last.action());
        assertTrue(last.detail().startsWith("external verifier: evidence E1; criteria none named; action needed: "
                + "Witness statement"), last.detail());
        for (Role role : List.of(Role.CANDIDATE, Role.ASSESSOR, Role.INTERNAL_VERIFIER, Role.COUNTERSIGNING_VERIFIER)) {
            assertEquals(SignatureState.VALID, SealVerifier.state(saved, f17, role), role + " still stands");
        }
        assertTrue(robot.lookup("#sampleList").queryAs(ListView.class).getItems().get(0).toString()
                .contains("External verifier Ruth Adeyemi: evidence E1"));
    }

    @Test
    void escapeClosesTheSampleFormAndNothingIsRecorded(FxRobot robot) throws Exception {
        byte[] before = Files.readAllBytes(file);
        robot.clickOn("#recordSampleButton");
        robot.clickOn("#sampleComment").write("half a thought");
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#samplePane").tryQuery().isEmpty(), "the form is gone");
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
