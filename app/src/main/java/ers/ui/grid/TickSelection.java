package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.SetCriteria;
import ers.portfolio.edit.SetCriterion;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseEvent;

/**
 * What Space on a tick cell sets, as in a spreadsheet: the cell under the cursor and every cell
 * selected with it. A selected tick cell is set itself; a row selected by its reference, title or
 * method gets the criterion under the cursor. All are ticked when the cell under the cursor is
 * not, and all unticked when it is, in one edit.
 */
final class TickSelection {

    private TickSelection() {
    }

    /** The edit for Space at {@code at} (a tick cell), or null when the row under it is gone. */
    static Edit at(TableView<GridRow> table, TablePosition<GridRow, ?> at, String unitId) {
        String criterion = GridColumns.criterionOf(at.getTableColumn());
        EvidenceRow focused = rowAt(table, at.getRow());
        if (criterion == null || focused == null) {
            return null;
        }
        Map<String, Set<String>> cells = new LinkedHashMap<>();
        cells.computeIfAbsent(focused.id(), id -> new LinkedHashSet<>()).add(criterion);
        for (TablePosition<GridRow, ?> cell : table.getSelectionModel().getSelectedCells()) {
            EvidenceRow row = rowAt(table, cell.getRow());
            if (row != null) {
                String own = cell.getTableColumn() == null ? null : GridColumns.criterionOf(cell.getTableColumn());
                cells.computeIfAbsent(row.id(), id -> new LinkedHashSet<>()).add(own == null ? criterion : own);
            }
        }
        boolean covered = !focused.covers(criterion);
        if (cells.size() == 1 && cells.get(focused.id()).size() == 1) {
            return new SetCriterion(unitId, focused.id(), criterion, covered);
        }
        return new SetCriteria(unitId, cells, covered);
    }

    /**
     * Shift and Ctrl clicks on a tick cell select (a block, or one more cell) instead of
     * ticking, so that Space can then set all the cells selected.
     */
    static void keepModifiedClicksForSelecting(TableView<GridRow> table) {
        table.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if ((e.isShiftDown() || e.isShortcutDown()) && e.getTarget() instanceof Node node && inTickCell(node)) {
                e.consume();
            }
        });
    }

    private static boolean inTickCell(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof TickCell) {
                return true;
            }
        }
        return false;
    }

    private static EvidenceRow rowAt(TableView<GridRow> table, int index) {
        return index >= 0 && index < table.getItems().size() ? table.getItems().get(index).get() : null;
    }
}
