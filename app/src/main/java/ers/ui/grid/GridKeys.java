package ers.ui.grid;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The grid's keys, as in a spreadsheet: Space ticks a criterion or edits a text cell, F2 edits,
 * Tab and Shift+Tab move across (wrapping to the next row), Enter and Shift+Enter move down and up.
 * Shift+arrows select a block; Ctrl+arrows move the cursor and keep what is selected.
 */
final class GridKeys {

    private final TableView<GridRow> table;
    private final Consumer<TablePosition<GridRow, ?>> tick;

    private GridKeys(TableView<GridRow> table, Consumer<TablePosition<GridRow, ?>> tick) {
        this.table = table;
        this.tick = tick;
    }

    /** @param tick Space on a tick cell: sets it, with the cells selected with it */
    static void install(TableView<GridRow> table, Consumer<TablePosition<GridRow, ?>> tick) {
        GridKeys keys = new GridKeys(table, tick);
        table.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKey);
    }

    private void onKey(KeyEvent e) {
        if (table.getEditingCell() != null) {
            return;
        }
        TablePosition<GridRow, ?> at = table.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || at.getRow() >= table.getItems().size() || at.getTableColumn() == null) {
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE && !e.isShortcutDown()) {
            if (GridColumns.criterionOf(at.getTableColumn()) != null) {
                tick.accept(at);
            } else {
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
            moveTo(table, at.getRow() + (e.isShiftDown() ? -1 : 1), at.getTableColumn());
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
        moveTo(table, row, leaves.get(col));
    }

    /** Puts the cursor on a cell and scrolls it into view, keeping a few rows above it in sight. */
    static void moveTo(TableView<GridRow> table, int row, TableColumn<GridRow, ?> column) {
        if (row < 0 || row >= table.getItems().size()) {
            return;
        }
        table.getSelectionModel().clearAndSelect(row, column);
        // Selecting focuses the cell too; every cell of the grid hears each move of the focus, so it moves once.
        if (!table.getFocusModel().isFocused(row, column)) {
            table.getFocusModel().focus(row, column);
        }
        table.scrollTo(Math.max(0, row - 3));
        if (column != null) {
            table.scrollToColumn(column);
        }
    }
}
