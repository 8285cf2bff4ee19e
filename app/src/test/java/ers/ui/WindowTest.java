package ers.ui;

import ers.home.AppHome;
import ers.portfolio.EvidenceRow;
import ers.portfolio.PortfolioWriter;
import ers.testing.Portfolios;
import ers.ui.grid.EvidenceGrid;
import ers.ui.grid.GridRow;
import ers.ui.grid.TickCell;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/** The real editor window on a small saved portfolio, with scripted dialogs and a private user folder. */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTest {

    @TempDir
    Path home;

    protected final ScriptedDialogs dialogs = new ScriptedDialogs();
    protected Editor editor;
    protected Stage stage;
    protected Path file;

    /** TestFX looks for {@code @Start} only in the test class itself, so the window is opened here. */
    @BeforeEach
    void openWindow() throws Exception {
        file = home.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), file);
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            editor = new Editor(stage, new AppHome(home.resolve("ers-home")), dialogService(), waiting());
            stage.show();
            editor.model().open(file);
            showSheets(stage);
        });
    }

    /** The scripted dialogs; a test of the real dialogs answers them itself. */
    protected java.util.function.Function<javafx.stage.Window, DialogService> dialogService() {
        return w -> dialogs;
    }

    /**
     * Where the window's waited-for work runs: at once, on the window's thread, so that each step of a
     * test sees it done; a test of the waiting itself holds it on a thread of its own.
     */
    protected ers.ui.work.WaitingWork waiting() {
        return new ers.ui.work.WaitingWork(Runnable::run);
    }

    /** A portfolio opens on its Overview; most tests work in the grid, as the user does after a click on "Unit sheets". */
    static void showSheets(Stage stage) {
        ((TabPane) stage.getScene().lookup("#pages")).getSelectionModel().select(1);
    }

    /** Opens a file as the user does, then goes to its sheets. */
    protected void openOnSheets(FxRobot robot, Path path) {
        robot.interact(() -> {
            editor.model().open(path);
            showSheets(stage);
        });
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.setupFixture(() -> {
            new java.util.ArrayList<>(javafx.stage.Window.getWindows()).stream().filter(w -> w != stage)
                    .forEach(javafx.stage.Window::hide);
            editor.shutdown();
        });
    }

    protected List<EvidenceRow> rows() {
        return editor.model().portfolio().unit("ocr-b13").orElseThrow().evidence();
    }

    /** The cell on screen, after scrolling to it as a user would. */
    protected TickCell cell(FxRobot robot, int row, String criterion) {
        return cellIn(robot, stage.getScene().getRoot(), row, criterion);
    }

    /** The cell on screen in the window of {@code root}, after scrolling to it as a user would. */
    static TickCell cellIn(FxRobot robot, javafx.scene.Node root, int row, String criterion) {
        @SuppressWarnings("unchecked")
        TableView<GridRow> table = robot.from(root).lookup("#evidenceGrid").queryAs(TableView.class);
        robot.interact(() -> {
            table.scrollTo(row);
            table.getVisibleLeafColumns().stream()
                    .filter(c -> EvidenceGrid.criterionColumnId(criterion).equals(c.getId()))
                    .findFirst().ifPresent(table::scrollToColumn);
        });
        var tableBounds = table.localToScene(table.getLayoutBounds());
        return robot.from(root).lookup(".tick-cell").queryAllAs(TickCell.class).stream()
                .filter(c -> c.getIndex() == row && c.criterion().equals(criterion) && c.isVisible()
                        && tableBounds.contains(c.localToScene(c.getLayoutBounds()).getCenterX(),
                        c.localToScene(c.getLayoutBounds()).getCenterY()))
                .findFirst().orElseThrow(() -> new AssertionError("no visible cell for row " + row + ", " + criterion));
    }

    /** The frozen title cell of a row, as drawn on screen. */
    protected static javafx.scene.control.TableCell<?, ?> titleOf(FxRobot robot, int row) {
        return robot.lookup(".frozen-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getIndex() == row && c.isVisible()
                        && "titleColumn".equals(c.getTableColumn().getId()))
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .findFirst().orElseThrow(() -> new AssertionError("no title cell for row " + row));
    }

    /** Opens a copy of the small portfolio whose B13 sheet has these extra rows after E1 and E2. */
    protected void openWithRows(FxRobot robot, String... titles) throws java.io.IOException, ers.portfolio.edit.EditRefused {
        ers.portfolio.Portfolio p = Portfolios.small();
        for (int i = 0; i < titles.length; i++) {
            p = new ers.portfolio.edit.AddRow("ocr-b13", 2 + i,
                    Portfolios.row("r" + (3 + i), "E" + (3 + i), titles[i], List.of())).applyTo(p);
        }
        Path more = home.resolve("more.ers.json");
        PortfolioWriter.save(p, more);
        openOnSheets(robot, more);
    }

    /** Opens a copy of the signed sample on its sheets with F17 reopened for this reason, so its rows can change. */
    protected void openSignedSampleReopened(FxRobot robot, String reason) throws java.io.IOException {
        Path signed = home.resolve("signed.ers.json");
        java.nio.file.Files.copy(Path.of(System.getProperty("ers.repo", ".."), "samples", "signed-team-leading.ers.json"), signed);
        openOnSheets(robot, signed);
        robot.interact(() -> robot.lookup("#unitList").queryListView().getSelectionModel().select(0));
        robot.clickOn("#signaturesPane > .title");
        robot.clickOn("#reopenSheet");
        robot.clickOn("#reopenReason").write(reason);
        robot.clickOn("#reopenButton");
        robot.clickOn("#signaturesPane > .title");
    }

    /** The rows of the F17 sheet as the editor holds them now. */
    protected List<EvidenceRow> f17() {
        return editor.model().portfolio().unit("ocr-f17").orElseThrow().evidence();
    }

    protected String count(FxRobot robot, String criterion) {
        return robot.lookup("#" + EvidenceGrid.criterionColumnId(criterion)).queryAll().stream()
                .flatMap(n -> n.lookupAll(".criterion-count").stream())
                .map(n -> ((Label) n).getText()).findFirst().orElseThrow();
    }

    protected String unitListText(FxRobot robot) {
        return robot.lookup("#unitList .list-cell").queryAll().stream()
                .map(n -> n.getAccessibleText()).filter(t -> t != null && t.startsWith("B13")).findFirst().orElseThrow();
    }
}
