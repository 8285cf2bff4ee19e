package ers.ui;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.edit.Sign;
import ers.portfolio.seal.TrustList;
import ers.ui.action.AddUnitAction;
import ers.ui.action.Menus;
import ers.ui.action.RemoveUnitAction;
import ers.ui.action.Workspace;
import ers.ui.grid.EvidenceGrid;
import ers.ui.grid.RowDetails;
import ers.ui.overview.PortfolioPages;
import ers.ui.panes.PaneLayout;
import ers.ui.panes.Settings;
import ers.ui.sign.SignaturesPanel;
import java.io.File;
import java.time.Clock;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventDispatcher;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The editor window: menus ({@link Menus}), the unit list, the sheet of the selected unit
 * ({@link SheetPane}), the row details and the status line, laid out for a laptop. The state
 * lives in {@link EditorModel} and {@link SheetState}; what the user can do, in the actions.
 */
public final class MainWindow {

    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;

    private final EditorModel model;
    private final UnitList units;
    private final EvidenceGrid grid;
    private final RowDetails details;
    private final SheetState sheet;
    private final StatusBar status = new StatusBar();
    private final Workspace workspace;
    private final SheetPane sheetPane;
    private final PortfolioPages pages;
    private final PaneLayout layout;
    private final BorderPane root = new BorderPane();
    /** Showing a portfolio selects a unit, which would ask for the same refresh again. */
    private boolean refreshing;

    public MainWindow(Stage stage, EditorModel model, TrustList trust, Settings settings) {
        this.model = model;
        this.units = new UnitList(model);
        this.grid = new EvidenceGrid(model);
        this.details = new RowDetails(model, grid::unitId);
        this.sheet = new SheetState(model.portfolioProperty(), grid.selectedRowProperty());
        grid.sayWhenEmpty(sheet.emptyGridHint());
        SheetOutput output = new SheetOutput(model, status::say);
        status.follow(output.runningProperty(), model.waiting().doingProperty());
        SignaturesPanel signatures = new SignaturesPanel(SignaturesPanel.Mode.EDITOR, Clock.systemDefaultZone(), trust,
                model.waiting(),
                next -> model.apply(new Sign(model.portfolio(), next, "sign or reopen the sheet")));
        this.pages = new PortfolioPages(model.portfolioProperty(), units::select);
        this.layout = new PaneLayout(settings, status::say);
        grid.titleWidthProperty().bindBidirectional(layout.titleWidthProperty());
        grid.twoLineRowsProperty().bind(layout.twoLineRowsProperty());
        this.workspace = new Workspace(model, stage, sheet, units, grid, details, output, signatures, trust, status::say,
                pages, layout);
        this.sheetPane = new SheetPane(workspace);

        root.setTop(Menus.bar(workspace));
        pages.setSheets(layout.build(unitPane(), sheetPane.view(), details.view()));
        root.setCenter(pages.view());
        root.setBottom(status.view());

        model.portfolioProperty().addListener((obs, was, now) -> refresh());
        // A portfolio read from a file opens on its Overview; a new one, on its first sheet.
        model.portfolioProperty().addListener((obs, was, now) -> {
            if (was == null && now != null && model.fileProperty().get() != null) {
                pages.showOverview();
            }
        });
        pages.sheetsShownProperty().addListener((obs, was, shown) -> {
            if (shown) {
                focusGrid();
            }
        });
        model.messageProperty().addListener((obs, was, now) -> {
            if (now != null) {
                say(now);
            }
        });
        model.fileProperty().addListener((obs, was, now) -> say(model.openedMessage()));
        units.view().getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!refreshing) {
                // A unit chosen anywhere (the Overview, Add unit) is shown on its sheet.
                pages.showSheets();
            }
            refresh();
        });
        grid.selectedRowProperty().addListener((obs, was, row) -> showDetails(row));
        grid.focusedCriterionProperty().addListener((obs, was, c) -> details.showCriterion(c));

        showIn(stage);
        refresh();
    }

    private void showIn(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // On a laptop screen every pixel is wanted for the grid: the window takes the whole screen.
        boolean small = screen.getWidth() < DEFAULT_WIDTH + 200 || screen.getHeight() < DEFAULT_HEIGHT + 100;
        Scene scene = small ? new Scene(root, screen.getWidth(), screen.getHeight())
                : new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("editor.css").toExternalForm());
        acceptDroppedFiles(scene);
        forgetEmptyMnemonics(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        if (small) {
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setMaximized(true);
        }
        stage.setOnCloseRequest(e -> {
            if (!model.close()) {
                e.consume();
            }
        });
    }

    public BorderPane root() {
        return root;
    }

    /** The Overview page, where a portfolio read from a file opens. */
    public void showOverview() {
        pages.showOverview();
    }

    /** Keeps how the user left the panes, for the next start. */
    public void saveLayout() {
        layout.save();
    }

    /** Tells the user something without interrupting them. */
    public void say(String message) {
        status.say(message);
    }

    private VBox unitPane() {
        Label heading = new Label("Units");
        heading.getStyleClass().add("pane-heading");
        HBox buttons = new HBox(6, new AddUnitAction(workspace).button("+ Add unit"),
                new RemoveUnitAction(workspace).button("Remove"));
        // The pane is never narrower than its buttons (see PaneLayout): they are never cut to "…".
        buttons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        VBox pane = new VBox(6, heading, units.view(), buttons);
        VBox.setVgrow(units.view(), Priority.ALWAYS);
        pane.setPadding(new Insets(8));
        return pane;
    }

    /** The keyboard goes to the grid; the first time the sheets page is shown, once it has joined the window. */
    private void focusGrid() {
        TableView<?> table = grid.table();
        if (table.getScene() != null) {
            table.requestFocus();
            return;
        }
        table.sceneProperty().addListener(new ChangeListener<Scene>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                table.sceneProperty().removeListener(this);
                table.requestFocus();
            }
        });
    }

    private void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            Portfolio portfolio = model.portfolio();
            units.show(portfolio);
            String unitId = units.view().getSelectionModel().getSelectedItem();
            grid.show(portfolio, unitId);
            sheet.show(portfolio, unitId);
            boolean locked = sheet.lockedProperty().get();
            grid.table().setEditable(!locked);
            details.view().setDisable(locked);
            sheetPane.showSignatures();
            showDetails(grid.selectedRowProperty().get());
        } finally {
            refreshing = false;
        }
    }

    private void showDetails(EvidenceRow row) {
        Portfolio portfolio = model.portfolio();
        details.show(row, portfolio == null ? List.of() : portfolio.methods());
    }

    /**
     * JavaFX keeps a letter's list of mnemonics when the last control on it lets go, as a menu's items
     * do on closing, and Alt with a letter stops at the first list whose letter matches in either case.
     * Once the View menu ("Unit _sheets") had been open, its empty Alt+'s' could stand before the
     * Signatures menu's Alt+'S', and Alt+S did nothing. The lists are swept before the scene looks,
     * in its own dispatcher, so that nothing outlives the scene.
     */
    private static void forgetEmptyMnemonics(Scene scene) {
        EventDispatcher dispatcher = scene.getEventDispatcher();
        scene.setEventDispatcher((event, tail) -> {
            if (event.getEventType() == KeyEvent.KEY_PRESSED) {
                scene.getMnemonics().values().removeIf(List::isEmpty);
            }
            return dispatcher.dispatchEvent(event, tail);
        });
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            boolean opened = !files.isEmpty() && model.open(files.get(0).toPath());
            e.setDropCompleted(opened);
            e.consume();
        });
    }
}
