package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TimeZone;
import javafx.geometry.Bounds;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The editor's history gives UK time, dd/mm/yyyy, whatever zone the computer is set to, as the printed
 * sheets do, and on a 1366x768 laptop (the tests' headless screen) every entry of the signed sample is in sight.
 */
@Tag("ui")
class HistoryTimesTest extends WindowTest {

    @Test
    @SuppressWarnings("rawtypes")
    void aComputerSetToAnotherZoneStillShowsTheWholeHistoryInUkTime(FxRobot robot) throws Exception {
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
        try {
            Path signed = home.resolve("signed.ers.json");
            Files.copy(Path.of(System.getProperty("ers.repo", ".."), "samples", "signed-team-leading.ers.json"), signed);
            openOnSheets(robot, signed);
            robot.interact(() -> robot.lookup("#unitList").queryAs(ListView.class).getSelectionModel().select(0));
            robot.clickOn("#signaturesPane > .title");
            robot.clickOn("History");
            TableView<?> history = robot.lookup("#historyView").queryAs(TableView.class);
            Bounds table = history.localToScreen(history.getLayoutBounds());
            // 15:00 UTC on 28/04/2026 is 16:00 in London (BST) and 20:30 in Kolkata.
            List<String> inSight = robot.from(history).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                    .filter(c -> !c.isEmpty() && c.getTableColumn() == c.getTableView().getColumns().get(0)
                            && table.contains(c.localToScreen(c.getLayoutBounds())))
                    .sorted(Comparator.comparingInt(TableCell::getIndex)).map(TableCell::getText).toList();
            assertEquals(List.of("28/04/2026 16:00", "05/05/2026 16:00", "19/05/2026 16:00", "21/05/2026 16:00"), inSight,
                    "every entry in sight on a laptop, in UK time");
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
