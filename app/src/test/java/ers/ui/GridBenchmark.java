package ers.ui;

import ers.json.InvalidFileException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import ers.testing.Portfolios;
import ers.ui.grid.GridRow;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.event.Event;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * Measures the grid on a unit of 1,000 evidence rows and 60 criteria: the time to open it and
 * the time to tick a cell and to scroll a screen down and a screen to the right, each measured
 * on the FX thread up to a finished layout (painting is not included). Prints the figures; asserts only that the work was done and that scrolling
 * through every row does not grow the scene graph. Run it with
 * {@code mvn -o -q test -Dtest=GridBenchmark}; the figures go to {@code app/target/grid-benchmark.txt}.
 */
@Tag("ui")
class GridBenchmark extends WindowTest {

    static final int ROWS = 1000;
    static final int OUTCOMES = 6;
    static final int PER_OUTCOME = 10;
    static final int RUNS = 15;
    /**
     * Runs first, not counted, so that the medians are of code the JIT has compiled, as in a day's use.
     * After only 15 the compiler threads were still at work on a 2-core machine and took the FX
     * thread's core: opening the unit took 40 to 60 ms longer than its CPU time; after 40, under 10.
     */
    static final int WARM_UP = 40;
    /** Rows of 28 px the test window shows at once, about. */
    static final int SCREEN_ROWS = 20;

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
        Timings opens = new Timings();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            robot.interact(() -> {
                editor.model().open(small);
                table.layout();
                opens.start();
                editor.model().open(file);
                showSheets(stage);
                table.applyCss();
                table.layout();
                opens.stop();
            });
        }
        assertEquals(ROWS, table.getItems().size());
        assertEquals(OUTCOMES * PER_OUTCOME + 3, table.getVisibleLeafColumns().size());
        int cellsAfterOpen = cells(robot);

        Timings ticks = new Timings();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            int row = 500 + i;
            boolean was = editor.model().portfolio().units().get(0).evidence().get(row).covers("1.1");
            robot.interact(() -> {
                table.scrollTo(row - 5);
                table.getSelectionModel().clearAndSelect(row, table.getVisibleLeafColumns().get(3));
                table.getFocusModel().focus(row, table.getVisibleLeafColumns().get(3));
                table.layout();
                ticks.start();
                Event.fireEvent(table, new KeyEvent(KeyEvent.KEY_PRESSED, " ", " ", KeyCode.SPACE,
                        false, false, false, false));
                table.layout();
                ticks.stop();
            });
            assertEquals(!was, editor.model().portfolio().units().get(0).evidence().get(row).covers("1.1"),
                    "Space ticks or unticks the cell");
        }
        Timings downs = new Timings();
        Timings acrosses = new Timings();
        robot.interact(() -> {
            ScrollBar across = horizontalBar(table);
            double screen = table.getWidth() - 300;
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                // Spread over the unit, never so near its end that a screen down would have nowhere to go.
                int top = 80 * i % (ROWS - 2 * SCREEN_ROWS);
                table.scrollTo(top);
                across.setValue(0);
                table.layout();
                // A screen down: the row after the last one on screen comes to the top.
                downs.start();
                table.scrollTo(top + SCREEN_ROWS);
                table.layout();
                downs.stop();
                // A screen to the right: the criteria after those on screen come under the frozen columns.
                acrosses.start();
                across.setValue(Math.min(across.getMax(), screen * (1 + i % 2)));
                table.layout();
                acrosses.stop();
            }
        });
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

        String report = String.format(Locale.ROOT, "grid benchmark: %d rows x %d criteria, %d runs each after %d not counted, load %s%n"
                        + "JVM: %s%n"
                        + "(medians on the FX thread: wall time, and in brackets its CPU time, steadier on a shared machine)%n"
                        + "open unit:            %s (reading and checking the file: %.1f ms); target 300 ms, before 360 to 1100 ms%n"
                        + "tick a cell:          %s; target 16 ms, before 13 to 26 ms%n"
                        + "scroll a screen down: %s; target 16 ms%n"
                        + "scroll a screen right: %s; target 16 ms%n"
                        + "table cells in the scene graph: %d after opening, %d after scrolling through all rows%n",
                ROWS, OUTCOMES * PER_OUTCOME, RUNS, WARM_UP, load(), jvm(), opens, median(reads), ticks, downs, acrosses,
                cellsAfterOpen, cellsAfterScrolling);
        System.out.print(report);
        Path out = Path.of(System.getProperty("ers.repo", "."), "app", "target", "grid-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        robot.interact(() -> editor.model().close());
    }

    static ScrollBar horizontalBar(TableView<GridRow> table) {
        return table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar bar
                && bar.getOrientation() == Orientation.HORIZONTAL).map(ScrollBar.class::cast).findFirst().orElseThrow();
    }

    private static int cells(FxRobot robot) {
        return robot.lookup(n -> n instanceof TableCell).queryAll().size();
    }

    /** The compiler and collector in use: the installer starts the app with C1 only and the serial collector, {@code java -jar} with neither. */
    private static String jvm() {
        List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-XX:+Use") && a.endsWith("GC"))
                .toList();
        return System.getProperty("java.vm.version") + (options.isEmpty() ? ", default compilers and collector"
                : ", " + String.join(" ", options));
    }

    private static String load() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return avg[0] + " " + avg[1] + " " + avg[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Wall and CPU time of the FX thread over repeated runs of one action. */
    private static final class Timings {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final List<Long> wall = new ArrayList<>();
        private final List<Long> cpu = new ArrayList<>();
        private long wall0;
        private long cpu0;
        private int warmUps;

        void start() {
            wall0 = System.nanoTime();
            cpu0 = THREADS.getCurrentThreadCpuTime();
        }

        void stop() {
            if (warmUps < WARM_UP) {
                warmUps++;
                return;
            }
            cpu.add(THREADS.getCurrentThreadCpuTime() - cpu0);
            wall.add(System.nanoTime() - wall0);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %.1f ms (CPU %.1f ms), best %.1f ms (CPU %.1f ms)",
                    median(wall), median(cpu), best(wall), best(cpu));
        }
    }

    private static double median(List<Long> nanos) {
        List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) / 1e6;
    }

    private static double best(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).min().orElseThrow() / 1e6;
    }
}
