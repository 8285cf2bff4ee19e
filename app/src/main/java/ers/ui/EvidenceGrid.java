package ers.ui;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.edit.EditRow;
import ers.portfolio.edit.References;
import ers.portfolio.edit.SetCriterion;
import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import ers.spec.UnitSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * The record sheet of one unit as a spreadsheet: reference, title and methods, then one column
 * per criterion under its learning outcome. The header's lower line counts the evidence for each
 * criterion (the totals row) and marks uncovered criteria. Rows and columns are virtualised, so a
 * unit of a thousand rows costs no more scene graph than the rows on screen.
 */
final class EvidenceGrid {

    /** Enough for {@code 1.10} above its count, and a tick; narrow so a unit's criteria fit a laptop. */
    static final double CRITERION_WIDTH = 32;
    /** Below this the title column stops shrinking and the grid scrolls sideways instead. */
    static final double TITLE_MIN_WIDTH = 180;
    /** Room for the vertical scroll bar and the table's border, which the columns must not take. */
    private static final double TABLE_CHROME = 20;

    private final EditorModel model;
    private final TableView<GridRow> table = new TableView<>();
    private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty onlyUncovered = new SimpleBooleanProperty(this, "onlyUncovered");
    private final ReadOnlyObjectWrapper<Criterion> focusedCriterion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EvidenceRow> selectedRow = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper hasUnit = new ReadOnlyBooleanWrapper();
    private final Map<String, Label> counts = new HashMap<>();
    private TableColumn<GridRow, String> titleColumn;
    private final Map<String, TableColumn<GridRow, Boolean>> criterionColumns = new HashMap<>();
    private final Map<TableColumn<GridRow, ?>, List<TableColumn<GridRow, Boolean>>> outcomes = new HashMap<>();

    private String unitId;
    private UnitSpec spec;
    private Set<String> duplicates = Set.of();

    EvidenceGrid(EditorModel model) {
        this.model = model;
        table.setId("evidenceGrid");
        table.setAccessibleText("Evidence grid: rows are evidence, columns are criteria");
        table.setItems(rows);
        table.setEditable(true);
        table.setFixedCellSize(28);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setPlaceholder(new Label("No evidence yet: press Add row (Ctrl+Shift+A) to record the first piece."));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        table.getFocusModel().focusedCellProperty().addListener((obs, was, now) -> focusMoved(now));
        onlyUncovered.addListener((obs, was, now) -> applyFilter());
        table.widthProperty().addListener((obs, was, now) -> fitTitle());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<GridRow, ?>>) c -> fitTitle());
    }

    TableView<GridRow> table() {
        return table;
    }

    BooleanProperty onlyUncoveredProperty() {
        return onlyUncovered;
    }

    ReadOnlyObjectProperty<Criterion> focusedCriterionProperty() {
        return focusedCriterion.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<EvidenceRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    javafx.beans.property.ReadOnlyBooleanProperty hasUnitProperty() {
        return hasUnit.getReadOnlyProperty();
    }

    String unitId() {
        return unitId;
    }

    /** Shows the unit as it is in {@code portfolio}; null shows nothing. */
    void show(Portfolio portfolio, String id) {
        PortfolioUnit unit = portfolio == null || id == null ? null : portfolio.unit(id).orElse(null);
        hasUnit.set(unit != null);
        if (unit == null) {
            unitId = null;
            spec = null;
            rows.clear();
            table.getColumns().clear();
            return;
        }
        boolean otherUnit = !id.equals(unitId) || unit.spec() != spec;
        unitId = id;
        if (otherUnit) {
            spec = unit.spec();
            buildColumns();
            rows.setAll(lines(unit.evidence()));
        } else {
            TablePosition<GridRow, ?> focus = table.getFocusModel().getFocusedCell();
            updateRows(unit.evidence());
            keepFocus(focus);
        }
        Set<String> nowTwice = References.duplicates(unit.evidence().stream().map(ers.portfolio.EvidenceRow::reference).toList());
        if (!nowTwice.equals(duplicates)) {
            duplicates = nowTwice;
            table.refresh();
        }
        updateCounts(unit);
        applyFilter();
        selectedRow.set(rowAt(table.getFocusModel().getFocusedIndex()));
    }

    /** Replacing a row's item moves the table's focus; the user's cursor should stay where it was. */
    private void keepFocus(TablePosition<GridRow, ?> focus) {
        if (focus == null || focus.getRow() < 0 || focus.getRow() >= rows.size() || focus.getTableColumn() == null) {
            return;
        }
        TablePosition<GridRow, ?> now = table.getFocusModel().getFocusedCell();
        if (now == null || now.getRow() != focus.getRow() || now.getTableColumn() != focus.getTableColumn()) {
            table.getSelectionModel().clearAndSelect(focus.getRow(), focus.getTableColumn());
            table.getFocusModel().focus(focus.getRow(), focus.getTableColumn());
        }
    }

    /**
     * Updates the lines whose evidence changed; only when rows were added, removed or moved is
     * the table's list itself replaced.
     */
    private void updateRows(List<EvidenceRow> now) {
        boolean sameLines = now.size() == rows.size();
        for (int i = 0; sameLines && i < now.size(); i++) {
            sameLines = now.get(i).id().equals(rows.get(i).get().id());
        }
        if (!sameLines) {
            rows.setAll(lines(now));
            return;
        }
        for (int i = 0; i < now.size(); i++) {
            if (now.get(i) != rows.get(i).get()) {
                rows.get(i).set(now.get(i));
            }
        }
    }

    private static List<GridRow> lines(List<EvidenceRow> evidence) {
        return evidence.stream().map(GridRow::new).toList();
    }

    private void buildColumns() {
        counts.clear();
        criterionColumns.clear();
        outcomes.clear();
        TableColumn<GridRow, String> reference = new TableColumn<>();
        reference.setId("referenceColumn");
        reference.setGraphic(header("Ref", null));
        reference.setPrefWidth(52);
        reference.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().get().reference(),
                c.getValue().property()));
        reference.setCellFactory(c -> new ReferenceCell());
        reference.setOnEditCommit(e -> model.apply(EditRow.reference(unitId, e.getRowValue().get().id(), e.getNewValue())));

        TableColumn<GridRow, String> title = new TableColumn<>();
        title.setId("titleColumn");
        title.setGraphic(header("Evidence title", "Evidence per criterion \u2192"));
        title.setPrefWidth(TITLE_MIN_WIDTH);
        titleColumn = title;
        title.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().get().title(),
                c.getValue().property()));
        title.setCellFactory(TextFieldTableCell.forTableColumn());
        title.setOnEditCommit(e -> model.apply(EditRow.title(unitId, e.getRowValue().get().id(), e.getNewValue())));

        TableColumn<GridRow, List<String>> methods = new TableColumn<>();
        methods.setId("methodColumn");
        methods.setGraphic(header("Method", null));
        methods.setPrefWidth(66);
        methods.setCellValueFactory(c -> Bindings.createObjectBinding(() -> c.getValue().get().methods(),
                c.getValue().property()));
        methods.setCellFactory(c -> new MethodCell(() -> model.portfolio().methods()));
        methods.setOnEditCommit(e -> model.apply(EditRow.methods(unitId, e.getRowValue().get().id(), e.getNewValue())));

        List<TableColumn<GridRow, ?>> columns = new java.util.ArrayList<>(List.of(reference, title, methods));
        for (LearningOutcome lo : spec.learningOutcomes()) {
            TableColumn<GridRow, Boolean> outcome = new TableColumn<>(lo.label());
            outcome.setId("outcome-" + lo.number());
            Label loLabel = new Label(lo.label());
            loLabel.setTooltip(tooltip(lo.label() + ": " + lo.title()));
            outcome.setText(null);
            outcome.setGraphic(loLabel);
            outcome.setReorderable(false);
            List<TableColumn<GridRow, Boolean>> children = new java.util.ArrayList<>();
            for (Criterion criterion : lo.criteria()) {
                TableColumn<GridRow, Boolean> column = criterionColumn(criterion);
                children.add(column);
                criterionColumns.put(criterion.number(), column);
            }
            outcome.getColumns().setAll(children);
            outcomes.put(outcome, children);
            columns.add(outcome);
        }
        columns.forEach(c -> {
            c.setSortable(false);
            c.setReorderable(false);
        });
        table.getColumns().setAll(columns);
        fitTitle();
    }

    /**
     * Gives the evidence title whatever width the other columns leave, so titles read in full
     * where the window allows; a user's own resizing of it lasts until the window or columns change.
     */
    private void fitTitle() {
        if (titleColumn == null || table.getWidth() <= 0) {
            return;
        }
        double others = 0;
        for (TableColumn<GridRow, ?> column : table.getVisibleLeafColumns()) {
            if (column != titleColumn) {
                others += column.getWidth();
            }
        }
        titleColumn.setPrefWidth(Math.max(TITLE_MIN_WIDTH, table.getWidth() - others - TABLE_CHROME));
    }

    private TableColumn<GridRow, Boolean> criterionColumn(Criterion criterion) {
        String number = criterion.number();
        TableColumn<GridRow, Boolean> column = new TableColumn<>();
        column.setId(criterionColumnId(number));
        column.setUserData(number);
        Label count = new Label("0");
        count.getStyleClass().add("criterion-count");
        counts.put(number, count);
        VBox header = header(number, null);
        header.getChildren().add(count);
        Tooltip.install(header, tooltip(number + "  " + criterion.text()));
        column.setGraphic(header);
        column.setPrefWidth(CRITERION_WIDTH);
        column.setMinWidth(CRITERION_WIDTH);
        column.setSortable(false);
        column.setEditable(false);
        column.setCellValueFactory(c -> Bindings.createBooleanBinding(() -> c.getValue().get().covers(number),
                c.getValue().property()));
        column.setCellFactory(c -> new TickCell(number, this::toggle));
        return column;
    }

    static String criterionColumnId(String number) {
        return "criterion-" + number.replace('.', '_');
    }

    private static VBox header(String top, String bottom) {
        VBox box = new VBox(1, new Label(top));
        box.setFillWidth(true);
        box.getStyleClass().add("grid-header");
        if (bottom != null) {
            Label line = new Label(bottom);
            line.getStyleClass().add("totals-caption");
            box.getChildren().add(line);
        }
        return box;
    }

    private static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(javafx.util.Duration.millis(300));
        return tip;
    }

    private void updateCounts(PortfolioUnit unit) {
        Map<String, Integer> tally = new HashMap<>();
        for (EvidenceRow row : unit.evidence()) {
            row.criteria().forEach(c -> tally.merge(c, 1, Integer::sum));
        }
        counts.forEach((number, label) -> {
            String n = Integer.toString(tally.getOrDefault(number, 0));
            if (n.equals(label.getText()) && label.getParent().getAccessibleText() != null) {
                return;
            }
            label.setText(n);
            VBox header = (VBox) label.getParent();
            boolean uncovered = "0".equals(n);
            if (uncovered != header.getStyleClass().contains("uncovered")) {
                if (uncovered) {
                    header.getStyleClass().add("uncovered");
                } else {
                    header.getStyleClass().remove("uncovered");
                }
            }
            header.setAccessibleText("Criterion " + number + ", " + (uncovered ? "not covered" : "covered by " + n));
        });
    }

    private void applyFilter() {
        boolean only = onlyUncovered.get();
        outcomes.forEach((outcome, children) -> {
            boolean any = false;
            for (TableColumn<GridRow, Boolean> child : children) {
                boolean show = !only || "0".equals(counts.get(criterionOf(child)).getText());
                child.setVisible(show);
                any |= show;
            }
            outcome.setVisible(any);
        });
    }

    private void toggle(EvidenceRow row, String criterion) {
        if (!table.isEditable()) {
            return;
        }
        model.apply(new SetCriterion(unitId, row.id(), criterion, !row.covers(criterion)));
    }

    private void onKey(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        TablePosition<GridRow, ?> at = table.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || at.getTableColumn() == null) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE && !e.isShortcutDown()) {
            EvidenceRow row = rowAt(at.getRow());
            String criterion = criterionOf(at.getTableColumn());
            if (row != null && criterion != null) {
                toggle(row, criterion);
            } else if (row != null) {
                table.edit(at.getRow(), at.getTableColumn());
            }
            e.consume();
        } else if (code == KeyCode.F2) {
            table.edit(at.getRow(), at.getTableColumn());
            e.consume();
        } else if (code == KeyCode.TAB) {
            moveAcross(at, e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (code == KeyCode.ENTER && !e.isShortcutDown()) {
            moveTo(at.getRow() + (e.isShiftDown() ? -1 : 1), at.getTableColumn());
            e.consume();
        }
    }

    /** Tab moves right, wrapping to the start of the next row, as in a spreadsheet. */
    private void moveAcross(TablePosition<GridRow, ?> at, int step) {
        List<TableColumn<GridRow, ?>> leaves = table.getVisibleLeafColumns();
        int col = leaves.indexOf(at.getTableColumn()) + step;
        int row = at.getRow();
        if (col >= leaves.size()) {
            col = 0;
            row++;
        } else if (col < 0) {
            col = leaves.size() - 1;
            row--;
        }
        moveTo(row, leaves.get(col));
    }

    private void moveTo(int row, TableColumn<GridRow, ?> column) {
        if (row < 0 || row >= rows.size()) {
            return;
        }
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        table.scrollTo(Math.max(0, row - 3));
        table.scrollToColumn(column);
    }

    /** Puts the keyboard on a row, e.g. the one just added. */
    void focusRow(int row) {
        if (row >= 0 && row < rows.size()) {
            TableColumn<GridRow, ?> first = table.getVisibleLeafColumns().isEmpty() ? null
                    : table.getVisibleLeafColumns().get(Math.min(1, table.getVisibleLeafColumns().size() - 1));
            table.getSelectionModel().clearAndSelect(row, first);
            table.getFocusModel().focus(row, first);
            table.scrollTo(Math.max(0, row - 3));
            selectedRow.set(rows.get(row).get());
        }
    }

    int focusedIndex() {
        return table.getFocusModel().getFocusedIndex();
    }

    private void focusMoved(TablePosition<GridRow, ?> at) {
        if (at == null) {
            return;
        }
        selectedRow.set(rowAt(at.getRow()));
        String number = at.getTableColumn() == null ? null : criterionOf(at.getTableColumn());
        if (number != null && spec != null) {
            focusedCriterion.set(spec.criterion(number).orElse(null));
        }
    }

    private EvidenceRow rowAt(int index) {
        return index >= 0 && index < rows.size() ? rows.get(index).get() : null;
    }

    private static String criterionOf(TableColumn<GridRow, ?> column) {
        return column.getUserData() instanceof String number ? number : null;
    }

    /** The reference cell: editable text, flagged when another row has the same reference. */
    private final class ReferenceCell extends TextFieldTableCell<GridRow, String> {

        ReferenceCell() {
            super(new javafx.util.converter.DefaultStringConverter());
        }

        @Override
        public void updateItem(String reference, boolean empty) {
            super.updateItem(reference, empty);
            boolean twice = !empty && reference != null && References.isDuplicate(duplicates, reference);
            getStyleClass().remove("duplicate");
            if (twice) {
                getStyleClass().add("duplicate");
            }
            setTooltip(twice ? new Tooltip(reference + " is used by more than one row") : null);
        }
    }
}
