package ers.ui;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureJudge;
import ers.portfolio.UkDates;
import ers.portfolio.edit.AddRow;
import ers.portfolio.edit.AddUnit;
import ers.portfolio.edit.DeleteRow;
import ers.portfolio.edit.DuplicateRow;
import ers.portfolio.edit.MoveRow;
import ers.portfolio.edit.RemoveUnit;
import ers.portfolio.edit.SetMethodKey;
import ers.portfolio.edit.Sign;
import ers.portfolio.seal.SignOff;
import ers.portfolio.seal.TrustList;
import ers.ui.sign.CertificatePane;
import ers.ui.sign.SignaturesPanel;
import ers.ui.sign.VerifierWindow;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The editor window: menus, the unit list, the grid of the selected unit with its toolbar, the
 * row details, a place for the unit's signatures, and a status line. It only arranges views and
 * turns user actions into edits; the state lives in {@link EditorModel}.
 */
public final class MainWindow {

    private static final double DEFAULT_WIDTH = 1280;
    private static final double DEFAULT_HEIGHT = 800;
    private static final double UNITS_WIDTH = 205;
    private static final double DETAILS_WIDTH = 245;

    private final EditorModel model;
    private final Stage stage;
    private final UnitList units;
    private final EvidenceGrid grid;
    private final RowDetails details;
    private final Label unitHeading = new Label();
    private final Label unitWarning = new Label();
    private final Label signatures = new Label();
    private final Label status = new Label("Open a portfolio (Ctrl+O) or start a new one (Ctrl+N).");
    private final Menu recentMenu = new Menu("Open _Recent");
    private final BorderPane root = new BorderPane();
    private final SheetOutput output;
    private final SignaturesPanel signaturesPanel;
    private final TrustList trust;
    private final TitledPane signaturePane = new TitledPane();
    /** The selected sheet is signed off: rows can be neither added nor changed until it is reopened. */
    private final BooleanProperty sheetLocked = new SimpleBooleanProperty();
    /** When menu items and buttons that act on the selected unit or row are off; menus and toolbar share them. */
    private final BooleanBinding noUnit;
    private final BooleanBinding noRowToChange;
    private final BooleanBinding noRowToAdd;
    /** Showing a portfolio selects a unit, which would ask for the same refresh again. */
    private boolean refreshing;

    public MainWindow(Stage stage, EditorModel model, TrustList trust) {
        this.stage = stage;
        this.model = model;
        this.units = new UnitList(model);
        this.grid = new EvidenceGrid(model);
        this.details = new RowDetails(model, grid::unitId);
        this.noUnit = grid.hasUnitProperty().not();
        this.noRowToAdd = noUnit.or(sheetLocked);
        this.noRowToChange = Bindings.createBooleanBinding(() -> grid.selectedRowProperty().get() == null,
                grid.selectedRowProperty()).or(noRowToAdd);
        this.output = new SheetOutput(model, this::say);
        this.trust = trust;
        this.signaturesPanel = new SignaturesPanel(SignaturesPanel.Mode.EDITOR, Clock.systemDefaultZone(), trust,
                next -> model.apply(new Sign(model.portfolio(), next, "sign or reopen the sheet")));

        root.setTop(menus());
        root.setCenter(panes());
        root.setBottom(statusBar());

        model.portfolioProperty().addListener((obs, was, now) -> refresh());
        model.fileProperty().addListener((obs, was, now) -> say(now == null ? "New portfolio: save it with Ctrl+S."
                : "Opened " + now + "."));
        units.view().getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> refresh());
        grid.selectedRowProperty().addListener((obs, was, row) -> showDetails(row));
        grid.focusedCriterionProperty().addListener((obs, was, c) -> details.showCriterion(c));
        model.recentFilesProperty().addListener((obs, was, now) -> fillRecent(now));
        fillRecent(model.recentFilesProperty().get());

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // On a laptop screen every pixel is wanted for the grid: the window takes the whole screen.
        boolean small = screen.getWidth() < DEFAULT_WIDTH + 200 || screen.getHeight() < DEFAULT_HEIGHT + 100;
        Scene scene = small ? new Scene(root, screen.getWidth(), screen.getHeight())
                : new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(MainWindow.class.getResource("editor.css").toExternalForm());
        acceptDroppedFiles(scene);
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
        refresh();
    }

    public BorderPane root() {
        return root;
    }

    /** Tells the user something without interrupting them. */
    public void say(String message) {
        status.setText(message);
    }

    private MenuBar menus() {
        BooleanBinding noPortfolio = model.portfolioProperty().isNull();

        Menu file = new Menu("_File", null,
                item("_New…", "Shortcut+N", "newItem", model::newPortfolio),
                item("_Open…", "Shortcut+O", "openItem", model::openChosen),
                recentMenu,
                item("Open for _verification…", null, "openForVerificationItem", this::openForVerification),
                new SeparatorMenuItem(),
                disabledWhen(item("_Save", "Shortcut+S", "saveItem", this::save), noPortfolio),
                disabledWhen(item("Save _As…", "Shortcut+Shift+S", "saveAsItem", this::saveAs), noPortfolio),
                new SeparatorMenuItem(),
                disabledWhen(item("Pre_view unit sheet", "Shortcut+Shift+P", "previewItem", this::preview), noUnit),
                disabledWhen(item("_Export PDF…", "Shortcut+E", "exportItem", output::exportPdf), noPortfolio),
                disabledWhen(item("_Print unit sheet…", "Shortcut+P", "printItem", this::print), noUnit),
                new SeparatorMenuItem(),
                item("_Quit", "Shortcut+Q", "quitItem", this::quit));
        recentMenu.setId("recentMenu");

        MenuItem undo = item("_Undo", "Shortcut+Z", "undoItem", () -> model.undo().ifPresent(this::say));
        undo.textProperty().bind(model.undoTextProperty());
        undo.disableProperty().bind(model.canUndoProperty().not());
        MenuItem redo = item("_Redo", "Shortcut+Y", "redoItem", model::redo);
        redo.textProperty().bind(model.redoTextProperty());
        redo.disableProperty().bind(model.canRedoProperty().not());
        Menu edit = new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                disabledWhen(item("Portfolio _details…", null, "detailsItem", this::editDetails), noPortfolio),
                disabledWhen(item("Assessment _method key…", null, "methodKeyItem", this::editMethodKey), noPortfolio));

        Menu evidence = new Menu("E_vidence", null,
                disabledWhen(item("_Add row", "Shortcut+Shift+A", "addRowItem", this::addRow), noRowToAdd),
                disabledWhen(item("_Duplicate row", "Shortcut+D", "duplicateRowItem", this::duplicateRow), noRowToChange),
                disabledWhen(item("D_elete row", "Shortcut+DELETE", "deleteRowItem", this::deleteRow), noRowToChange),
                disabledWhen(item("Move row _up", "Alt+UP", "moveUpItem", () -> moveRow(-1)), noRowToChange),
                disabledWhen(item("Move row do_wn", "Alt+DOWN", "moveDownItem", () -> moveRow(1)), noRowToChange));

        Menu unit = new Menu("_Unit", null,
                disabledWhen(item("_Add unit…", null, "addUnitItem", this::addUnit), noPortfolio),
                disabledWhen(item("_Remove unit", null, "removeUnitItem", this::removeUnit), noUnit));

        Menu signing = new Menu("_Signatures", null,
                item("_Certificates…", null, "certificatesItem", this::certificates));

        MenuBar bar = new MenuBar(file, edit, evidence, unit, signing);
        bar.setId("menuBar");
        return bar;
    }

    private static MenuItem item(String text, String accelerator, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setMnemonicParsing(true);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static MenuItem disabledWhen(MenuItem item, javafx.beans.value.ObservableBooleanValue condition) {
        item.disableProperty().bind(condition);
        return item;
    }

    private void fillRecent(List<Path> files) {
        recentMenu.getItems().setAll(files.stream().map(f -> {
            MenuItem item = new MenuItem(f.getFileName() + "  (" + f.getParent() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(f));
            return item;
        }).toList());
        recentMenu.setDisable(files.isEmpty());
    }

    /** The status line, and while an export runs, its progress and a Cancel button. */
    private HBox statusBar() {
        status.setId("statusLine");
        status.setMaxWidth(Double.MAX_VALUE);
        ProgressBar progress = new ProgressBar();
        progress.setId("exportProgress");
        progress.setPrefWidth(200);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelExportButton");
        HBox bar = new HBox(8, status, progress, cancel);
        HBox.setHgrow(status, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-line");
        progress.visibleProperty().bind(output.runningProperty().isNotNull());
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.visibleProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(progress.visibleProperty());
        output.runningProperty().addListener((obs, was, task) -> {
            progress.progressProperty().unbind();
            if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
                status.setText(task.getMessage());
                // Progress messages can arrive after the task ended; they must not hide how it ended.
                task.messageProperty().addListener((o, w, message) -> {
                    if (output.runningProperty().get() == task) {
                        status.setText(message);
                    }
                });
            }
        });
        cancel.setOnAction(e -> {
            if (output.runningProperty().get() != null) {
                output.runningProperty().get().cancel();
            }
        });
        return bar;
    }

    private void preview() {
        String unitId = grid.unitId();
        String title = model.portfolio().unit(unitId).orElseThrow().spec().sheetTitle();
        output.preview(unitId, pages -> PreviewWindow.show(stage, title, pages, this::print));
    }

    private void print() {
        output.print(grid.unitId(), stage);
    }

    private VBox unitPane() {
        Label heading = new Label("Units");
        heading.getStyleClass().add("pane-heading");
        Button add = button("+ Add unit", "addUnitButton", "Add a unit to the portfolio", this::addUnit);
        Button remove = button("Remove", "removeUnitButton", "Remove the selected unit", this::removeUnit);
        add.disableProperty().bind(model.portfolioProperty().isNull());
        remove.disableProperty().bind(grid.hasUnitProperty().not());
        VBox pane = new VBox(6, heading, units.view(), new HBox(6, add, remove));
        VBox.setVgrow(units.view(), Priority.ALWAYS);
        pane.setPadding(new Insets(8));
        return pane;
    }

    /**
     * Units, grid and details side by side; the side panes keep their width as the window
     * changes (the grid takes it) and can be dragged narrower or shut.
     */
    private SplitPane panes() {
        VBox unitPane = unitPane();
        VBox detailsPane = details.view();
        unitPane.setMinWidth(0);
        detailsPane.setMinWidth(0);
        SplitPane split = new SplitPane(unitPane, gridPane(), detailsPane);
        split.setId("mainPanes");
        SplitPane.setResizableWithParent(unitPane, false);
        SplitPane.setResizableWithParent(detailsPane, false);
        split.widthProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> obs, Number was, Number width) {
                if (width.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    split.setDividerPositions(UNITS_WIDTH / width.doubleValue(),
                            1 - DETAILS_WIDTH / width.doubleValue());
                }
            }
        });
        return split;
    }

    private VBox gridPane() {
        unitHeading.setId("unitHeading");
        unitHeading.getStyleClass().add("unit-heading");
        unitHeading.setWrapText(true);
        unitWarning.setId("unitWarning");
        unitWarning.getStyleClass().add("warning");
        unitWarning.setWrapText(true);
        CheckBox onlyUncovered = new CheckBox("Only uncovered criteria");
        onlyUncovered.setId("onlyUncoveredToggle");
        onlyUncovered.setAccessibleText("Show only the criteria no evidence covers yet");
        grid.onlyUncoveredProperty().bind(onlyUncovered.selectedProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(6,
                disabledWhen(button("+ Add row", "addRowButton", "Add an evidence row (Ctrl+Shift+A)", this::addRow), noRowToAdd),
                disabledWhen(button("Duplicate", "duplicateRowButton", "Duplicate the row (Ctrl+D)", this::duplicateRow), noRowToChange),
                disabledWhen(button("Delete", "deleteRowButton", "Delete the row (Ctrl+Delete); Undo brings it back", this::deleteRow), noRowToChange),
                disabledWhen(button("\u2191", "moveUpButton", "Move the row up (Alt+Up)", () -> moveRow(-1)), noRowToChange),
                disabledWhen(button("\u2193", "moveDownButton", "Move the row down (Alt+Down)", () -> moveRow(1)), noRowToChange),
                spacer, onlyUncovered,
                disabledWhen(button("Method key…", "methodKeyButton", "Edit the centre's assessment methods",
                        this::editMethodKey), model.portfolioProperty().isNull()));
        toolbar.setAlignment(Pos.CENTER_LEFT);

        signatures.setId("signatureSummary");
        // A long summary is cut short rather than widening the grid's column past the window.
        signatures.setMinWidth(0);
        signatures.setMaxWidth(Double.MAX_VALUE);
        signaturePane.setGraphic(signatures);
        signaturePane.setContent(signaturesPanel);
        signaturePane.setId("signaturesPane");
        signaturePane.setExpanded(false);
        signaturePane.expandedProperty().addListener((obs, was, open) -> showSignatures());
        signaturePane.setMinWidth(0);
        signaturePane.setMaxWidth(Double.MAX_VALUE);
        signatures.prefWidthProperty().bind(signaturePane.widthProperty().subtract(40));
        signaturePane.setAccessibleText("Signatures of this unit's sheet: open to sign or reopen");

        VBox pane = new VBox(6, unitHeading, unitWarning, toolbar, grid.table(), signaturePane);
        VBox.setVgrow(grid.table(), Priority.ALWAYS);
        pane.setPadding(new Insets(8, 4, 8, 4));
        return pane;
    }

    private static <T extends javafx.scene.control.Control> T disabledWhen(T control,
            javafx.beans.value.ObservableBooleanValue condition) {
        control.disableProperty().bind(condition);
        return control;
    }

    private static Button button(String text, String id, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(help));
        b.setAccessibleText(help);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void refresh() {
        if (refreshing) {
            return;
        }
        refreshing = true;
        try {
            refreshViews();
        } finally {
            refreshing = false;
        }
    }

    private void refreshViews() {
        Portfolio portfolio = model.portfolio();
        units.show(portfolio);
        String unitId = units.view().getSelectionModel().getSelectedItem();
        grid.show(portfolio, unitId);
        PortfolioUnit unit = portfolio == null || unitId == null ? null : portfolio.unit(unitId).orElse(null);
        SignOff signOff = unit == null ? null : SignOff.of(portfolio, unit);
        boolean locked = signOff != null && signOff.locked();
        sheetLocked.set(locked);
        grid.table().setEditable(!locked);
        details.view().setDisable(locked);
        if (unit == null) {
            unitHeading.setText(portfolio == null ? "No portfolio open" : "Add a unit to start mapping evidence");
            unitWarning.setText("");
            signatures.setText("Signatures");
        } else {
            unitHeading.setText(unit.spec().sheetTitle() + "  \u2014  " + UnitList.coverage(unit)
                    + (unit.uncovered().isEmpty() ? "" : " (" + unit.uncovered().size() + " uncovered)"));
            boolean expired = unit.spec().isExpiredOn(LocalDate.now());
            String lockNote = locked ? "Locked: the assessor has signed this sheet; reopen it under Signatures to change it. "
                    : signOff.standingUntilChange().map(s -> s + " ").orElse("");
            unitWarning.setText(lockNote + (expired ? "\u26a0 This unit expired on " + UkDates.format(unit.spec().expiryDate())
                    + ": check with the awarding body before certificating it." : ""));
            signatures.setText(signatureSummary(portfolio, unit));
        }
        showSignatures();
        unitWarning.setVisible(!unitWarning.getText().isEmpty());
        unitWarning.setManaged(unitWarning.isVisible());
        showDetails(grid.selectedRowProperty().get());
    }

    /** The panel verifies every seal when shown, so it follows the portfolio only while open. */
    private void showSignatures() {
        if (signaturePane.isExpanded()) {
            signaturesPanel.portfolioProperty().set(model.portfolio());
            signaturesPanel.unitIdProperty().set(grid.unitId());
        }
    }

    private void certificates() {
        Portfolio portfolio = model.portfolio();
        CertificatePane.open(stage, trust, Clock.systemDefaultZone(), portfolio == null ? null : portfolio.centre().name(),
                signaturesPanel::refresh);
    }

    private void openForVerification() {
        model.dialogs().chooseFileToOpen().ifPresent(file -> VerifierWindow.open(stage, file, trust));
    }

    /** The collapsed Signatures bar still says where each line stands. */
    private static String signatureSummary(Portfolio portfolio, PortfolioUnit unit) {
        return "Signatures \u2014 " + java.util.Arrays.stream(Role.values())
                .map(role -> role.label() + ": " + switch (SignatureJudge.standard().judge(portfolio, unit, role)) {
                    case VALID -> "signed";
                    case VOID -> "VOID";
                    case ABSENT -> "not signed";
                })
                .collect(Collectors.joining(" \u00b7 "));
    }

    private void showDetails(EvidenceRow row) {
        Portfolio portfolio = model.portfolio();
        details.show(row, portfolio == null ? List.of() : portfolio.methods());
    }

    private void save() {
        if (model.save()) {
            say("Saved " + model.fileProperty().get() + ".");
        }
    }

    private void saveAs() {
        if (model.saveAs()) {
            say("Saved " + model.fileProperty().get() + ".");
        }
    }

    private void quit() {
        if (model.close()) {
            stage.close();
            Platform.exit();
        }
    }

    private void addRow() {
        AddRow add = AddRow.blankAtEnd(model.portfolio(), grid.unitId());
        model.apply(add);
        grid.focusRow(add.index());
        details.titleField().requestFocus();
        say("Added " + add.row().reference() + ": type its title, then tick the criteria it covers.");
    }

    private void duplicateRow() {
        EvidenceRow row = grid.selectedRowProperty().get();
        int index = grid.focusedIndex();
        model.apply(DuplicateRow.of(grid.unitId(), row.id()));
        grid.focusRow(index + 1);
    }

    private void deleteRow() {
        EvidenceRow row = grid.selectedRowProperty().get();
        int index = grid.focusedIndex();
        model.apply(new DeleteRow(grid.unitId(), row.id()));
        grid.focusRow(Math.min(index, grid.table().getItems().size() - 1));
        say("Deleted " + row.reference() + ". Undo (Ctrl+Z) brings it back.");
    }

    private void moveRow(int offset) {
        EvidenceRow row = grid.selectedRowProperty().get();
        MoveRow move = new MoveRow(grid.unitId(), row.id(), offset);
        if (move.appliesTo(model.portfolio())) {
            int index = grid.focusedIndex();
            model.apply(move);
            grid.focusRow(index + offset);
        }
    }

    private void addUnit() {
        Portfolio portfolio = model.portfolio();
        var present = portfolio.units().stream().map(u -> u.spec().id()).collect(Collectors.toSet());
        for (var spec : model.dialogs().chooseUnits(model.catalog(), present)) {
            model.apply(new AddUnit(spec));
            units.view().getSelectionModel().select(spec.id());
        }
    }

    private void removeUnit() {
        PortfolioUnit unit = model.portfolio().unit(grid.unitId()).orElseThrow();
        if (unit.evidence().isEmpty() || model.dialogs().confirm("Remove unit " + unit.spec().code(),
                "Remove unit " + unit.spec().code() + " and its " + unit.evidence().size()
                        + " evidence rows from the portfolio? Undo (Ctrl+Z) brings them back.")) {
            model.apply(new RemoveUnit(unit.spec().id()));
        }
    }

    private void editMethodKey() {
        model.dialogs().editMethodKey(model.portfolio().methods()).ifPresent(key -> model.apply(new SetMethodKey(key)));
    }

    private void editDetails() {
        model.dialogs().editDetails(model.portfolio()).ifPresent(model::apply);
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
