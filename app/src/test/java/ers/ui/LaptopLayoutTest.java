package ers.ui;

import ers.ui.grid.EvidenceGrid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** On a 1366x768 laptop (the tests' headless screen) the sample's units fit as an assessor needs them. */
@Tag("ui")
class LaptopLayoutTest extends WindowTest {

    private static final Path SAMPLE = Path.of(System.getProperty("ers.repo", ".."), "samples",
            "complete-team-leading.ers.json");

    private TableView<?> showUnit(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup("#unitList").queryListView().getSelectionModel().select(index));
        return robot.lookup("#evidenceGrid").queryAs(TableView.class);
    }

    private static boolean scrollsSideways(FxRobot robot) {
        return robot.lookup("#evidenceGrid .scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(bar -> bar.getOrientation() == Orientation.HORIZONTAL && bar.isVisible());
    }

    private static double titleWidth(TableView<?> table) {
        return table.getColumns().stream().filter(c -> "titleColumn".equals(c.getId()))
                .mapToDouble(TableColumn::getWidth).findFirst().orElseThrow();
    }

    @Test
    void f17AndB14FitWithoutScrollingSidewaysAndB13Scrolls(FxRobot robot) {
        openOnSheets(robot, SAMPLE);
        assertEquals(1366, stage.getWidth(), 1, "the window takes the small screen");

        TableView<?> f17 = showUnit(robot, 0);
        assertFalse(scrollsSideways(robot), "F17's 10 criteria fit");
        double f17Title = titleWidth(f17);
        assertTrue(f17Title > 350, "F17 leaves the title room: " + f17Title);

        TableView<?> b14 = showUnit(robot, 2);
        assertEquals(17 + 3, b14.getVisibleLeafColumns().size());
        assertFalse(scrollsSideways(robot), "B14's 17 criteria fit");
        assertTrue(titleWidth(b14) >= EvidenceGrid.TITLE_MIN_WIDTH);

        showUnit(robot, 1);
        assertTrue(scrollsSideways(robot), "B13's 27 criteria may scroll");
    }
}
