package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioWriter;
import ers.testing.Portfolios;
import ers.ui.grid.GridRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Background;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Rows handed to other lines while scrolling are restyled only where their look can change; the
 * frame drawn straight after a scroll must still show every row and cell in the look of its new
 * line: the stripes of odd and even rows, selected cells (on the cursor's line and off it) in
 * the selection's colours, the others not.
 */
@Tag("ui")
class ScrolledRowsLookTest extends WindowTest {

    @Test
    void theFirstFrameAfterAScrollShowsEveryRowAsItWillStay(FxRobot robot) throws Exception {
        Path file = home.resolve("long.ers.json");
        PortfolioWriter.save(Portfolios.large(300, 3, 10), file);
        openOnSheets(robot, file);
        @SuppressWarnings("unchecked")
        TableView<GridRow> table = robot.lookup("#evidenceGrid").queryAs(TableView.class);
        robot.clickOn(cell(robot, 2, "1.2"));
        for (int step = 0; step < 40; step++) {
            robot.type(KeyCode.DOWN);
        }
        for (int step = 0; step < 3; step++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        }
        assertEquals(45, table.getFocusModel().getFocusedIndex(), "the cursor walked down to line 45");
        assertEquals(4, table.getSelectionModel().getSelectedCells().size(), "criterion 1.2 of lines 42 to 45 is selected");

        for (int top : new int[] {150, 7, 31, 120, 0, 33, 29}) {
            AtomicReference<List<String>> straightAfter = new AtomicReference<>();
            robot.interact(() -> {
                table.scrollTo(top);
                table.layout();
                straightAfter.set(looks(table));
            });
            // Restyled whole, as JavaFX would: the look each row must have.
            List<String> settled = new ArrayList<>();
            robot.interact(() -> {
                table.applyCss();
                table.layout();
                settled.addAll(looks(table));
            });
            assertEquals(settled, straightAfter.get(), "scrolled to line " + top);
        }
        robot.interact(() -> {
            table.scrollTo(30);
            table.layout();
        });
        assertTrue(looks(table).stream().anyMatch(look -> look.startsWith("43 ") && look.contains("selected")),
                "a selected cell off the cursor's line is among those compared: " + looks(table));
    }

    /** Each row on screen, by line: its background, and each cell's background and text colour. */
    private static List<String> looks(TableView<GridRow> table) {
        List<String> looks = new ArrayList<>();
        for (Node node : table.lookupAll(".table-row-cell")) {
            TableRow<?> row = (TableRow<?>) node;
            if (!row.isVisible() || row.isEmpty()) {
                continue;
            }
            StringBuilder look = new StringBuilder().append(row.getIndex()).append(' ').append(fills(row.getBackground()));
            row.getChildrenUnmodifiable().stream().filter(c -> c instanceof TableCell<?, ?>).map(c -> (TableCell<?, ?>) c)
                    .sorted(Comparator.comparing(c -> String.valueOf(c.getTableColumn().getId())))
                    .forEach(cell -> look.append(" | ").append(cell.getTableColumn().getId())
                            .append(cell.isSelected() ? " selected " : " ")
                            .append(fills(cell.getBackground()))
                            .append(' ').append(cell.getTextFill()));
            looks.add(look.toString());
        }
        looks.sort(Comparator.naturalOrder());
        return looks;
    }

    /** Each fill's colour and insets, so that a difference reads as one. */
    private static String fills(Background background) {
        return background == null ? "none" : background.getFills().stream()
                .map(fill -> fill.getFill() + "@" + fill.getInsets()).toList().toString();
    }
}
