package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import ers.spec.Criterion;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Mapping from the criterion's side: a click on a criterion's header (its number or its count)
 * lists the evidence covering it ({@link CriterionEvidence}), from which the user goes to a row or
 * filters the grid to those rows ({@link ShownRows}).
 */
final class CriterionSide {

    private final TableView<GridRow> table;
    private final ShownRows shown;
    private final Supplier<List<GridRow>> all;
    private final Function<String, Criterion> criterion;
    private CriterionEvidence open;

    CriterionSide(TableView<GridRow> table, ShownRows shown, Supplier<List<GridRow>> all,
                  Function<String, Criterion> criterion) {
        this.table = table;
        this.shown = shown;
        this.all = all;
        this.criterion = criterion;
    }

    /** Makes each criterion header of the columns just built open its list when clicked. */
    void listFromHeaders(List<TableColumn<GridRow, Boolean>> criterionColumns) {
        for (TableColumn<GridRow, Boolean> column : criterionColumns) {
            Node header = column.getGraphic();
            String number = GridColumns.criterionOf(column);
            header.setCursor(Cursor.HAND);
            header.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    list(criterion.apply(number), header);
                    e.consume();
                }
            });
        }
    }

    /** Lists the evidence covering {@code c} below its header, or below the cursor when its header is out of sight. */
    void list(Criterion c) {
        TableColumn<GridRow, ?> column = column(c.number());
        Node header = column == null ? null : column.getGraphic();
        if (header == null || header.getScene() == null || !column.isVisible()) {
            header = table;
        }
        list(c, header);
    }

    private void list(Criterion c, Node anchor) {
        if (c == null) {
            return;
        }
        List<EvidenceRow> covering = all.get().stream().map(GridRow::get).filter(r -> r.covers(c.number())).toList();
        open = new CriterionEvidence(c, covering, row -> {
            goTo(row, column(c.number()));
            table.requestFocus();
        }, () -> filter(c));
        open.showBelow(anchor);
    }

    boolean isListShowing() {
        return open != null && open.isShowing();
    }

    void filter(Criterion c) {
        shown.onlyCovering(c, all.get());
        TableColumn<GridRow, ?> column = column(c.number());
        if (!table.getItems().isEmpty()) {
            GridKeys.moveTo(table, 0, column != null ? column : focusedColumn());
        }
    }

    /**
     * Puts the cursor on {@code row} in {@code column} (null: the column it is in); a row the
     * filter hides is shown again first.
     */
    void goTo(EvidenceRow row, TableColumn<GridRow, ?> column) {
        int index = indexOf(row);
        if (index < 0) {
            shown.clear();
            index = indexOf(row);
        }
        GridKeys.moveTo(table, index, column != null ? column : focusedColumn());
    }

    private int indexOf(EvidenceRow row) {
        List<GridRow> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get().id().equals(row.id())) {
                return i;
            }
        }
        return -1;
    }

    private TableColumn<GridRow, ?> focusedColumn() {
        TablePosition<GridRow, ?> at = table.getFocusModel().getFocusedCell();
        return at == null ? null : at.getTableColumn();
    }

    /** The column of a criterion, or null while the "only uncovered" filter hides it. */
    TableColumn<GridRow, ?> column(String number) {
        for (TableColumn<GridRow, ?> leaf : table.getVisibleLeafColumns()) {
            if (number.equals(GridColumns.criterionOf(leaf))) {
                return leaf;
            }
        }
        return null;
    }
}
