package ers.ui.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** On a 1366x768 laptop (the tests' headless screen) a verifier reads a sheet's whole history at once. */
@Tag("ui")
class VerifierHistoryTest extends VerifierWindowTest {

    @Test
    @SuppressWarnings("rawtypes")
    void theHistoryTabShowsEveryEntryOfTheSignedSheetWholeAndWithoutScrolling(FxRobot robot) {
        robot.clickOn("History");
        TableView<?> history = robot.lookup("#historyView").queryAs(TableView.class);
        assertTrue(history.isVisible());
        assertEquals(4, history.getItems().size());
        assertFalse(robot.from(history).lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .anyMatch(b -> b.getOrientation() == Orientation.VERTICAL && b.isVisible()), "no scrolling to read it");
        Bounds table = history.localToScreen(history.getLayoutBounds());
        List<TableCell> when = robot.from(history).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getTableColumn() == c.getTableView().getColumns().get(0))
                .sorted(Comparator.comparingInt(TableCell::getIndex)).toList();
        assertEquals(List.of("28/04/2026 16:00", "05/05/2026 16:00", "19/05/2026 16:00", "21/05/2026 16:00"),
                when.stream().map(TableCell::getText).toList(), "every entry, in UK time");
        Text line = new Text("28/04/2026");
        for (TableCell<?, ?> cell : when) {
            Bounds shown = cell.localToScreen(cell.getLayoutBounds());
            assertTrue(shown.getMinY() >= table.getMinY() && shown.getMaxY() <= table.getMaxY(), cell.getText() + " is in sight");
            Text drawn = (Text) cell.getGraphic();
            line.setFont(drawn.getFont());
            assertTrue(drawn.getLayoutBounds().getHeight() < 1.5 * line.getLayoutBounds().getHeight(),
                    cell.getText() + " reads on one line");
        }
    }
}
