package ers.ui.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SamplingRecord;
import ers.portfolio.SignatureState;
import ers.portfolio.UkDates;
import ers.portfolio.seal.SealVerifier;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A verifier marks rows and criteria on the grid, records a sample of them, and sees them marked afterwards. */
@Tag("ui")
class GridSamplingTest extends VerifierWindowTest {

    private static final String BAR = "#b45309";
    private static final String HEADER = "#fcd34d";

    private PortfolioUnit savedF17() throws Exception {
        return PortfolioReader.read(file).unit("ocr-f17").orElseThrow();
    }

    private static List<String> chosen(FxRobot robot, String list) {
        return robot.lookup(list).queryAs(ListView.class).getSelectionModel().getSelectedItems().stream()
                .map(o -> o instanceof EvidenceRow r ? r.reference() : o.toString()).toList();
    }

    /** The tooltip that shows once the pointer rests on the node. */
    private static String tooltipOver(FxRobot robot, Node node) throws Exception {
        robot.moveTo(node);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip().isPresent());
        return shownTooltip().orElseThrow().getText();
    }

    private static Optional<Tooltip> shownTooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(w -> (Tooltip) w).findFirst();
    }

    @Test
    void rowsAndACriterionMarkedOnTheGridAreSampledAndShownSampled(FxRobot robot) throws Exception {
        PortfolioUnit before = savedF17();
        assertFalse(paints(cell(robot, 1, "referenceColumn"), BAR), "nothing is marked sampled yet");
        robot.clickOn(cell(robot, 0, "referenceColumn"));
        robot.press(KeyCode.SHIFT).clickOn(cell(robot, 2, "referenceColumn")).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).clickOn(tickCell(robot, 0, "1.2")).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);

        assertEquals(List.of("E1", "E2", "E3"), chosen(robot, "#sampleRows"), "the rows marked on the grid");
        assertEquals(List.of("1.2"), chosen(robot, "#sampleCriteria"), "the criterion marked on the grid");
        robot.clickOn("#sampleOutcome").clickOn("Not agreed");
        robot.clickOn("#sampleComment").write("E2 does not show the standards being explained");
        robot.clickOn("#recordSample");

        PortfolioUnit f17 = savedF17();
        SamplingRecord sample = f17.sampling().get(f17.sampling().size() - 1);
        assertEquals(SamplingRecord.Sampler.INTERNAL_VERIFIER, sample.by());
        assertEquals("Daniel Okafor", sample.name(), "the portfolio's internal verifier, filled in");
        assertEquals(before.evidence().subList(0, 3).stream().map(EvidenceRow::id).toList(), sample.evidence());
        assertEquals(List.of("1.2"), sample.criteria());
        assertEquals(SamplingRecord.Outcome.NOT_AGREED, sample.outcome());
        HistoryEntry last = f17.history().get(f17.history().size() - 1);
        assertEquals(HistoryEntry.Action.SAMPLED, last.action());
        assertEquals(Role.INTERNAL_VERIFIER, last.role());
        assertEquals("evidence E1, E2, E3; criteria 1.2; not agreed: E2 does not show the standards being explained",
                last.detail());
        assertEquals(before.evidence(), f17.evidence(), "no tick came or went");

        assertEquals("Sampled: evidence E1, E2, E3; criteria 1.2 (shaded; point at them for who, when and the outcome)",
                robot.lookup("#sampledSummary").queryAs(Label.class).getText());
        for (int row = 0; row < 3; row++) {
            assertTrue(paints(cell(robot, row, "referenceColumn"), BAR), "row " + row + " is marked sampled");
        }
        assertFalse(paints(cell(robot, 3, "referenceColumn"), BAR), "E4 was not sampled");
        assertTrue(paints(header(robot, "1.2"), HEADER), "criterion 1.2 is marked sampled");
        assertFalse(paints(header(robot, "1.3"), HEADER));
        String when = UkDates.formatDateTime(sample.at());
        assertEquals("Sampled " + when + "  Internal verifier Daniel Okafor: evidence E1, E2, E3; criteria 1.2; not agreed: "
                + "E2 does not show the standards being explained", tooltipOver(robot, tickCell(robot, 1, "1.3")));
    }

    @Test
    void anExternalVerifiersNoteIsMarkedTheSameWayUnderTheirRoleAndStaysMarked(FxRobot robot) throws Exception {
        robot.clickOn(tickCell(robot, 4, "2.2"));
        robot.clickOn("#recordSampleButton");
        robot.clickOn("#sampleBy").clickOn("External verifier");
        assertEquals("", robot.lookup("#sampleName").queryAs(javafx.scene.control.TextField.class).getText(),
                "an external verifier gives their own name");
        robot.clickOn("#sampleName").write("Ruth Adeyemi");
        robot.clickOn("#sampleOutcome").clickOn("Action needed");
        robot.clickOn("#sampleComment").write("Witness testimony needs the witness's job title");
        robot.clickOn("#recordSample");

        Portfolio saved = PortfolioReader.read(file);
        PortfolioUnit f17 = saved.unit("ocr-f17").orElseThrow();
        SamplingRecord sample = f17.sampling().get(f17.sampling().size() - 1);
        assertEquals(SamplingRecord.Sampler.EXTERNAL_VERIFIER, sample.by());
        assertEquals(List.of(f17.evidence().get(4).id()), sample.evidence());
        assertEquals(List.of("2.2"), sample.criteria());
        HistoryEntry last = f17.history().get(f17.history().size() - 1);
        assertEquals(null, last.role(), "an external verifier signs no line of the sheet");
        assertTrue(last.detail().startsWith("external verifier: evidence E5; criteria 2.2; action needed"), last.detail());
        for (Role role : List.of(Role.CANDIDATE, Role.ASSESSOR, Role.INTERNAL_VERIFIER, Role.COUNTERSIGNING_VERIFIER)) {
            assertEquals(SignatureState.VALID, SealVerifier.state(saved, f17, role), role + " still stands");
        }

        // Opened again later: the note is on the grid still.
        closeVerifierWindows();
        open();
        assertTrue(paints(cell(robot, 4, "referenceColumn"), BAR), "E5 is marked sampled");
        assertTrue(paints(header(robot, "2.2"), HEADER));
        String tip = tooltipOver(robot, cell(robot, 4, "methodColumn"));
        assertTrue(tip.startsWith("Sampled " + UkDates.formatDateTime(sample.at()) + "  External verifier Ruth Adeyemi: "
                + "evidence E5; criteria 2.2; action needed"), tip);
        assertTrue(Instant.now().isAfter(sample.at()));
    }
}
