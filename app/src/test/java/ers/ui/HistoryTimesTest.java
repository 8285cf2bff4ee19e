package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TimeZone;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The editor's history gives UK time, dd/mm/yyyy, whatever zone the computer is set to, as the printed sheets do. */
@Tag("ui")
class HistoryTimesTest extends WindowTest {

    @Test
    void aComputerSetToAnotherZoneStillShowsTheHistoryInUkTime(FxRobot robot) throws Exception {
        TimeZone zone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
        try {
            Path signed = home.resolve("signed.ers.json");
            Files.copy(Path.of(System.getProperty("ers.repo", ".."), "samples", "signed-team-leading.ers.json"), signed);
            robot.interact(() -> editor.model().open(signed));
            robot.interact(() -> robot.lookup("#unitList").queryAs(ListView.class).getSelectionModel().select(0));
            robot.clickOn("#signaturesPane > .title");
            // 15:00 UTC on 28/04/2026 is 16:00 in London (BST) and 20:30 in Kolkata.
            String first = robot.lookup("#historyView .table-cell").queryAllAs(TableCell.class).stream()
                    .filter(c -> c.getIndex() == 0 && c.getTableColumn() == c.getTableView().getColumns().get(0))
                    .min(Comparator.comparingInt(TableCell::getIndex)).map(TableCell::getText).orElseThrow();
            assertEquals("28/04/2026 16:00", first);
        } finally {
            TimeZone.setDefault(zone);
        }
    }
}
