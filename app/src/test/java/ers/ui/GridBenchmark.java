package ers.ui;

import ers.json.InvalidFileException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import ers.testing.Portfolios;
import ers.ui.grid.GridRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Measures the grid on a unit of 1,000 evidence rows and 60 criteria: the time to open it and
 * the time to tick a cell, each measured on the FX thread up to a finished layout (painting is
 * not included). Prints the figures; asserts only that the work was done and that scrolling
 * through every row does not grow the scene graph. Run it with
 * {@code mvn -o -q test -Dtest=GridBenchmark}; the figures go to {@code app/target/grid-benchmark.txt}.
 */
@Tag("ui")
class GridBenchmark extends WindowTest {

    static final int ROWS = 1000;
    static final int OUTCOMES = 6;
    static final int PER_OUTCOME = 10;
    static final int RUNS = 7;

    @Test
    void openAndTick(FxRobot robot) throws IOException {
        Path file = home.resolve("large.ers.json");
        PortfolioWriter.save(Portfolios.large(ROWS, OUTCOMES, PER_OUTCOME), file);
        Path small = home.resolve("small.ers.json");
        PortfolioWriter.save(Portfolios.small(), small);
        @SuppressWarnings("unchecked")
        TableView<GridRow> table = robot.lookup("#evidenceGrid").queryAs(TableView.class);

        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            try {
                PortfolioReader.read(file);
            } catch (InvalidFileException e) {
                throw new IllegalStateException(e);
            }
            reads.add(System.nanoTime() - t0);
        }
        List<Long> opens = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            robot.interact(() -> {
                editor.model().open(small);
                table.layout();
                long t0 = System.nanoTime();
                editor.model().open(file);
                showSheets(stage);
                table.applyCss();
                table.layout();
                opens.add(System.nanoTime() - t0);
            });
        }
        assertEquals(ROWS, table.getItems().size());
        assertEquals(OUTCOMES * PER_OUTCOME + 3, table.getVisibleLeafColumns().size());
        int cellsAfterOpen = cells(robot);

        List<Long> ticks = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            int row = 500 + i;
            robot.interact(() -> {
                table.scrollTo(row - 5);
                table.getSelectionModel().clearAndSelect(row, table.getVisibleLeafColumns().get(3));
                table.getFocusModel().focus(row, table.getVisibleLeafColumns().get(3));
                table.layout();
                long t0 = System.nanoTime();
                Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, " ", " ", KeyCode.SPACE,
                        false, false, false, false));
                table.layout();
                ticks.add(System.nanoTime() - t0);
            });
            assertTrue(editor.model().portfolio().units().get(0).evidence().get(row).covers("1.1"));
        }
        ScriptedDialogs dialogs = (ScriptedDialogs) editor.model().dialogs();
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.DISCARD);

        robot.interact(() -> {
            for (int row = 0; row < ROWS; row += 20) {
                table.scrollTo(row);
                table.layout();
            }
        });
        int cellsAfterScrolling = cells(robot);
        assertTrue(cellsAfterScrolling < 3 * cellsAfterOpen + 200,
                "scrolling through every row must reuse cells: " + cellsAfterOpen + " -> " + cellsAfterScrolling);

        String report = String.format(Locale.ROOT, "grid benchmark: %d rows x %d criteria, %d runs each%n"
                        + "open unit: median %.1f ms, best %.1f ms (of which reading and checking the file: median %.1f ms)%n"
                        + "tick a cell: median %.1f ms, best %.1f ms%n"
                        + "table cells in the scene graph: %d after opening, %d after scrolling through all rows%n",
                ROWS, OUTCOMES * PER_OUTCOME, RUNS, median(opens), best(opens), median(reads), median(ticks), best(ticks),
                cellsAfterOpen, cellsAfterScrolling);
        System.out.print(report);
        Path out = Path.of(System.getProperty("ers.repo", "."), "app", "target", "grid-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        robot.interact(() -> editor.model().close());
    }

    private static int cells(FxRobot robot) {
        return robot.lookup(n -> n instanceof TableCell).queryAll().size();
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double best(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e6;
    }
}
