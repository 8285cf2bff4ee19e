package ers.ui.grid;

import ers.spec.Criterion;
import ers.spec.UnitSpec;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The ways of mapping beyond ticking one cell: Find (Ctrl+F, F3), the evidence covering a
 * criterion (a click on its header, Ctrl+Enter), and the rows filtered to a criterion
 * (Ctrl+Shift+L). Their bars sit above the grid while in use.
 */
public final class GridMapping {

    private final TableView<GridRow> table;
    private final ShownRows shown;
    private final ObservableValue<Criterion> focusedCriterion;
    private final CriterionSide criterionSide;
    private final FindBar find;
    private final VBox bars;

    GridMapping(TableView<GridRow> table, ObservableList<GridRow> all, ShownRows shown, Supplier<UnitSpec> spec,
                ObservableValue<Criterion> focusedCriterion) {
        this.table = table;
        this.shown = shown;
        this.focusedCriterion = focusedCriterion;
        this.criterionSide = new CriterionSide(table, shown, () -> all,
                number -> spec.get() == null ? null : spec.get().criterion(number).orElse(null));
        this.find = new FindBar(() -> table.getItems().stream().map(GridRow::get).toList(),
                () -> spec.get() == null ? List.of() : spec.get().criteria(),
                () -> shown.criterionProperty().get() == null ? "in this unit" : "in the rows shown",
                this::goTo, table::requestFocus);
        bars = new VBox(4, find.bar(), shown.bar());
        bars.managedProperty().bind(find.bar().visibleProperty().or(shown.bar().visibleProperty()));
    }

    /** The find bar and the row filter's bar, shown above the grid while in use. */
    public Node bars() {
        return bars;
    }

    /** The criterion columns of a unit just shown: a click on a header lists its evidence. */
    void columnsBuilt(List<TableColumn<GridRow, Boolean>> criterionColumns) {
        criterionSide.listFromHeaders(criterionColumns);
    }

    /** Ctrl+F: opens the find bar. */
    public void find() {
        find.open();
    }

    /** F3 (Shift+F3 with {@code back}): the next (previous) match of what Find was given. */
    public void findNext(boolean back) {
        find.findNext(back);
    }

    /** Lists the evidence covering the criterion under the cursor (Ctrl+Enter); false when the cursor is on no criterion. */
    public boolean listEvidenceForCriterion() {
        Criterion at = focusedCriterion.getValue();
        if (at != null) {
            criterionSide.list(at);
        }
        return at != null;
    }

    /** Shows only the rows covering the criterion under the cursor; false when it is on no criterion. */
    public boolean showOnlyRowsCoveringCriterion() {
        Criterion at = focusedCriterion.getValue();
        if (at != null) {
            criterionSide.filter(at);
        }
        return at != null;
    }

    public void showAllRows() {
        shown.clear();
        table.requestFocus();
    }

    /** The criterion the rows are filtered by, or null while every row shows. */
    public ReadOnlyObjectProperty<Criterion> rowFilterProperty() {
        return shown.criterionProperty();
    }

    /** Puts the cursor on what Find found; says why when it cannot be seen. */
    private String goTo(SheetSearch.Match match) {
        if (match.row() != null) {
            criterionSide.goTo(match.row(), null);
            return null;
        }
        TableColumn<GridRow, ?> column = criterionSide.column(match.criterion().number());
        if (column == null) {
            return "its column is hidden by \u201cOnly uncovered criteria\u201d";
        }
        if (table.getItems().isEmpty()) {
            table.scrollToColumn(column);
        } else {
            int row = Math.max(0, table.getFocusModel().getFocusedIndex());
            GridKeys.moveTo(table, Math.min(row, table.getItems().size() - 1), column);
        }
        return null;
    }
}
