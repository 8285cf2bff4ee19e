package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import ers.spec.Criterion;
import ers.spec.UnitSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

/**
 * Where the user is in the grid: the row and criterion under the cursor, the rows selected, and
 * putting the cursor back on a row after the sheet changed under it. Rows are counted among all
 * the unit's rows unless named otherwise, so that a filter showing only some never shifts them.
 */
final class GridCursor {

    private final TableView<GridRow> table;
    private final ShownRows shown;
    private final Supplier<UnitSpec> spec;
    private final ReadOnlyObjectWrapper<Criterion> focusedCriterion = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EvidenceRow> selectedRow = new ReadOnlyObjectWrapper<>();

    GridCursor(TableView<GridRow> table, ShownRows shown, Supplier<UnitSpec> spec) {
        this.table = table;
        this.shown = shown;
        this.spec = spec;
        table.getFocusModel().focusedCellProperty().addListener((obs, was, now) -> moved(now));
    }

    ReadOnlyObjectProperty<Criterion> focusedCriterionProperty() {
        return focusedCriterion.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<EvidenceRow> selectedRowProperty() {
        return selectedRow.getReadOnlyProperty();
    }

    /** Nothing is under the cursor: no unit is shown, or the unit is new to the grid. */
    void forgetCriterion() {
        focusedCriterion.set(null);
    }

    /** The row under the cursor is read again, as its evidence may have changed. */
    void rowChanged() {
        selectedRow.set(rowAt(table.getFocusModel().getFocusedIndex()));
    }

    /** Replacing a row's item moves the table's focus; the user's cursor should stay where it was. */
    void keep(TablePosition<GridRow, ?> focus) {
        if (focus == null || focus.getRow() < 0 || focus.getRow() >= table.getItems().size() || focus.getTableColumn() == null) {
            return;
        }
        TablePosition<GridRow, ?> now = table.getFocusModel().getFocusedCell();
        if (now == null || now.getRow() != focus.getRow() || now.getTableColumn() != focus.getTableColumn()) {
            table.getSelectionModel().clearAndSelect(focus.getRow(), focus.getTableColumn());
            table.getFocusModel().focus(focus.getRow(), focus.getTableColumn());
        }
    }

    /** Puts the keyboard on the title of {@code row}; while rows are filtered, on the nearest row shown. */
    void focusRow(int row, int rowCount) {
        int index = shown.shownIndex(Math.min(row, rowCount - 1));
        TableColumn<GridRow, ?> title = titleColumn();
        if (index >= 0 && title != null) {
            GridKeys.moveTo(table, index, title);
            selectedRow.set(table.getItems().get(index).get());
        }
    }

    /** The rows selected (any cell of theirs) and the row under the cursor, in the sheet's order. */
    List<EvidenceRow> selectedRows() {
        TreeSet<Integer> lines = new TreeSet<>();
        for (TablePosition<GridRow, ?> cell : table.getSelectionModel().getSelectedCells()) {
            lines.add(cell.getRow());
        }
        lines.add(table.getFocusModel().getFocusedIndex());
        return lines.stream().map(this::rowAt).filter(Objects::nonNull).toList();
    }

    /** Selects the rows with these ids by their titles, the cursor on the first. */
    void selectRows(List<String> ids) {
        TableColumn<GridRow, ?> title = titleColumn();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            if (ids.contains(table.getItems().get(i).get().id())) {
                at.add(i);
            }
        }
        if (at.isEmpty() || title == null) {
            return;
        }
        GridKeys.moveTo(table, at.get(0), title);
        for (int i : at.subList(1, at.size())) {
            table.getSelectionModel().select(i, title);
        }
        table.getFocusModel().focus(at.get(0), title);
        selectedRow.set(table.getItems().get(at.get(0)).get());
    }

    /** The index among all the unit's rows of the row under the cursor. */
    int focusedIndex() {
        return shown.sheetIndex(table.getFocusModel().getFocusedIndex());
    }

    private void moved(TablePosition<GridRow, ?> at) {
        if (at == null) {
            return;
        }
        selectedRow.set(rowAt(at.getRow()));
        String number = at.getTableColumn() == null ? null : GridColumns.criterionOf(at.getTableColumn());
        UnitSpec unit = spec.get();
        focusedCriterion.set(number == null || unit == null ? null : unit.criterion(number).orElse(null));
    }

    /** The title column, second of the frozen ones; the first column while it is the only one. */
    private TableColumn<GridRow, ?> titleColumn() {
        List<TableColumn<GridRow, ?>> leaves = table.getVisibleLeafColumns();
        return leaves.isEmpty() ? null : leaves.get(Math.min(1, leaves.size() - 1));
    }

    private EvidenceRow rowAt(int index) {
        return index >= 0 && index < table.getItems().size() ? table.getItems().get(index).get() : null;
    }
}
