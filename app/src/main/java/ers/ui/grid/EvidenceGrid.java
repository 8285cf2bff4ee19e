package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.MoveRowTo;
import ers.portfolio.edit.SetCriterion;
import ers.spec.Criterion;
import ers.spec.UnitSpec;
import ers.ui.EditorModel;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.css.PseudoClass;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

/**
 * The record sheet of one unit as a spreadsheet (columns from {@link GridColumns}, keys from
 * {@link GridKeys}, the cursor from {@link GridCursor}). The header's lower line counts the
 * evidence for each criterion, kept in {@link Coverage}. Rows and columns are virtualised, so a
 * unit of a thousand rows costs no more scene graph than the rows on screen.
 */
public final class EvidenceGrid {

    /** Below this the title column stops shrinking and the grid scrolls sideways instead. */
    public static final double TITLE_MIN_WIDTH = 180;
    /** Row heights: fixed, so that rows stay virtualised and cheap whatever the titles hold. */
    private static final double ONE_LINE = 28;
    private static final double TWO_LINES = 44;
    private static final PseudoClass TWO_LINE_ROWS = PseudoClass.getPseudoClass("two-line-rows");

    private final EditorModel model;
    private final TableView<GridRow> table = new TableView<>();
    private final ObservableList<GridRow> rows = FXCollections.observableArrayList();
    private final ShownRows shown = new ShownRows(rows);
    private final GridMapping mapping;
    private final GridCursor cursor = new GridCursor(table, shown, () -> this.spec);
    private final ReadOnlyBooleanWrapper hasUnit = new ReadOnlyBooleanWrapper();
    private final TitleWidth titleWidth = new TitleWidth(table);
    private final BooleanProperty twoLineRows = new SimpleBooleanProperty(this, "twoLineRows");
    private final Coverage coverage = new Coverage();
    private final GridColumns columns;

    /** What the grid says while it has no rows; its owner says why and what to do. */
    private final Label emptyHint = new Label();
    private String unitId;
    private UnitSpec spec;
    private ReferenceMarks marks = ReferenceMarks.NONE;
    private final UncoveredFilter filter;

    public EvidenceGrid(EditorModel model) {
        this.model = model;
        this.columns = new GridColumns(coverage, () -> marks, () -> model.portfolio().methods(),
                this::toggle, model::apply, model.textRules(), model::say);
        this.filter = new UncoveredFilter(coverage, columns);
        table.setId("evidenceGrid");
        table.setAccessibleText("Evidence grid: rows are evidence, columns are criteria");
        table.setItems(shown.items());
        table.setEditable(true);
        table.setFixedCellSize(ONE_LINE);
        twoLineRows.addListener((obs, was, two) -> {
            table.setFixedCellSize(two ? TWO_LINES : ONE_LINE);
            table.pseudoClassStateChanged(TWO_LINE_ROWS, two);
        });
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        emptyHint.setId("emptyGridHint");
        emptyHint.setWrapText(true);
        table.setPlaceholder(emptyHint);
        GridKeys.install(table, this::tickSelection);
        TickSelection.keepModifiedClicksForSelecting(table);
        RowDrag.install(table, Set.of("referenceColumn", "titleColumn"), rows, this::dropRow);
        mapping = new GridMapping(table, rows, shown, () -> spec, cursor.focusedCriterionProperty());
        FrozenColumns.install(table, Set.of("referenceColumn", "titleColumn", "methodColumn"));
        RestylingFlow.install(table);
        filter.onProperty().addListener((obs, was, now) -> refreshFilter());
        table.widthProperty().addListener((obs, was, now) -> fitTitle());
        table.getVisibleLeafColumns().addListener((ListChangeListener<TableColumn<GridRow, ?>>) c -> fitTitle());
    }

    public TableView<GridRow> table() {
        return table;
    }

    /** Find, the evidence of a criterion, and rows filtered to one. */
    public GridMapping mapping() {
        return mapping;
    }

    public BooleanProperty onlyUncoveredProperty() {
        return filter.onProperty();
    }

    public ReadOnlyObjectProperty<Criterion> focusedCriterionProperty() {
        return cursor.focusedCriterionProperty();
    }

    public ReadOnlyObjectProperty<EvidenceRow> selectedRowProperty() {
        return cursor.selectedRowProperty();
    }

    /** The width the user gave the title column by dragging its edge; 0 while they have not. */
    public DoubleProperty titleWidthProperty() {
        return titleWidth.draggedProperty();
    }

    /** Rows of two lines, so that a long title shows more of itself. */
    public BooleanProperty twoLineRowsProperty() {
        return twoLineRows;
    }

    public ReadOnlyBooleanProperty hasUnitProperty() {
        return hasUnit.getReadOnlyProperty();
    }

    public String unitId() {
        return unitId;
    }

    /** Shows the unit as it is in {@code portfolio}; null shows nothing. */
    public void show(Portfolio portfolio, String id) {
        PortfolioUnit unit = portfolio == null || id == null ? null : portfolio.unit(id).orElse(null);
        hasUnit.set(unit != null);
        if (unit == null) {
            unitId = null;
            spec = null;
            shown.clear();
            rows.clear();
            table.getColumns().clear();
            cursor.forgetCriterion();
            return;
        }
        boolean otherUnit = !id.equals(unitId) || unit.spec() != spec;
        unitId = id;
        if (otherUnit) {
            spec = unit.spec();
            coverage.reset(spec.criteria());
            table.getColumns().setAll(columns.build(spec, id));
            titleWidth.followDrags(columns.title());
            mapping.columnsBuilt(columns.outcomes().values().stream().flatMap(List::stream).toList());
            fitTitle();
            shown.clear();
            rows.setAll(lines(unit.evidence()));
            filter.forget();
        } else {
            TablePosition<GridRow, ?> focus = table.getFocusModel().getFocusedCell();
            updateRows(unit.evidence());
            cursor.keep(focus);
        }
        ReferenceMarks nowMarked = ReferenceMarks.of(portfolio, unit);
        if (!nowMarked.equals(marks)) {
            marks = nowMarked;
            table.refresh();
        }
        coverage.update(unit);
        filter.applyKept(spec);
        if (otherUnit) {
            // The cursor starts on the first title of the unit, never on a column of the one before.
            table.getSelectionModel().clearSelection();
            focusRow(0);
            cursor.forgetCriterion();
        }
        cursor.rowChanged();
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
            shown.added(now, rows);
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

    private void fitTitle() {
        titleWidth.fit(columns.title());
    }

    /** The criterion a column of the grid is for, or null for reference, title and methods. */
    public static String criterionOf(TableColumn<GridRow, ?> column) {
        return GridColumns.criterionOf(column);
    }

    public static String criterionColumnId(String number) {
        return "criterion-" + number.replace('.', '_');
    }

    /**
     * Shows again only the criteria uncovered now (when "only uncovered" is on). Until the user
     * asks for this, or leaves the unit, the columns shown stay put: a criterion just ticked keeps
     * its column, marked covered, so nothing slides under the pointer.
     */
    public void refreshFilter() {
        filter.apply(spec, true);
    }

    /** True while "only uncovered" shows a column covered since it was applied, which a refresh would hide. */
    public ReadOnlyBooleanProperty filterStaleProperty() {
        return filter.staleProperty();
    }

    private void toggle(EvidenceRow row, String criterion) {
        if (!table.isEditable()) {
            return;
        }
        model.apply(new SetCriterion(unitId, row.id(), criterion, !row.covers(criterion)));
    }

    /** Space on a tick cell: it and every cell selected with it, in one edit ({@link TickSelection}). */
    private void tickSelection(TablePosition<GridRow, ?> at) {
        Edit edit = table.isEditable() ? TickSelection.at(table, at, unitId) : null;
        if (edit != null) {
            model.apply(edit);
        }
    }

    /** A row dragged to place {@code to} of the sheet: one move, and the cursor goes with it. */
    private void dropRow(GridRow line, int to) {
        model.apply(new MoveRowTo(unitId, line.get().id(), to));
        focusRow(to);
    }

    /**
     * Puts the keyboard on the title of a row of the sheet (its index among all the unit's rows),
     * e.g. the one just added; while rows are filtered, on the nearest row shown.
     */
    public void focusRow(int row) {
        cursor.focusRow(row, rows.size());
    }

    /**
     * The rows the user has selected (any cell of theirs) and the row under the cursor, in the
     * sheet's order: what Delete, Duplicate and Move act on.
     */
    public List<EvidenceRow> selectedRows() {
        return cursor.selectedRows();
    }

    /** Selects the rows with these ids by their titles, the cursor on the first, so that a move can be repeated. */
    public void selectRows(List<String> ids) {
        cursor.selectRows(ids);
    }

    /** The index among all the unit's rows of the row under the cursor. */
    public int focusedIndex() {
        return cursor.focusedIndex();
    }

    /** Words for the grid to show while it has no rows, following {@code hint}. */
    public void sayWhenEmpty(javafx.beans.value.ObservableValue<String> hint) {
        emptyHint.textProperty().bind(hint);
    }
}
