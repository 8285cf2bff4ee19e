package ers.ui.verify;

import ers.portfolio.seal.TrustList;
import ers.ui.grid.EvidenceGrid;
import ers.ui.grid.GridRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** Verifier mode opened on a copy of the signed sample, in its own window as File > Open for verification opens it. */
@ExtendWith(ApplicationExtension.class)
abstract class VerifierWindowTest {

    static final Path SIGNED_SAMPLE = Path.of(System.getProperty("ers.repo", ".."), "samples",
            "signed-team-leading.ers.json");

    @TempDir
    Path home;

    protected Path file;
    private Stage primary;

    @BeforeEach
    void openForVerification() throws Exception {
        System.setProperty("ers.home", home.resolve("ers-home").toString());
        file = home.resolve("verify.ers.json");
        Files.copy(SIGNED_SAMPLE, file);
        primary = FxToolkit.registerPrimaryStage();
        open();
    }

    /** Opens the file for verification again, as a verifier coming back to it would. */
    protected void open() throws Exception {
        FxToolkit.setupFixture(() -> VerifierWindow.open(null, file, new TrustList(home.resolve("trusted")),
                new ers.ui.work.WaitingWork(Runnable::run)));
    }

    @AfterEach
    void closeVerifierWindows() throws Exception {
        FxToolkit.setupFixture(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != primary)
                .forEach(Window::hide));
    }

    @SuppressWarnings("unchecked")
    static TableView<GridRow> grid(FxRobot robot) {
        return robot.lookup("#evidenceGrid").queryAs(TableView.class);
    }

    /** The cell of a row in a column (by the column's id), on screen. */
    static TableCell<?, ?> cell(FxRobot robot, int row, String columnId) {
        robot.interact(() -> grid(robot).scrollTo(0));
        return robot.lookup("#evidenceGrid .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() == row && c.isVisible() && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no cell for row " + row + " in " + columnId));
    }

    static TableCell<?, ?> tickCell(FxRobot robot, int row, String criterion) {
        return cell(robot, row, EvidenceGrid.criterionColumnId(criterion));
    }

    static TableColumnHeader header(FxRobot robot, String criterion) {
        return robot.lookup("#evidenceGrid .column-header").queryAllAs(TableColumnHeader.class).stream()
                .filter(h -> h.getTableColumn() != null
                        && EvidenceGrid.criterionColumnId(criterion).equals(h.getTableColumn().getId()))
                .findFirst().orElseThrow();
    }

    /** Whether the node is painted in the colour, as CSS resolved it. */
    static boolean paints(Node node, String colour) {
        Background background = node instanceof javafx.scene.layout.Region r ? r.getBackground() : null;
        return background != null && background.getFills().stream().anyMatch(f -> Color.web(colour).equals(f.getFill()));
    }
}
