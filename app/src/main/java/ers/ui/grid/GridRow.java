package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A line of the grid: stays the same object while its evidence row is edited, so that a tick
 * updates the cells bound to it instead of replacing an item of the table (which would move the
 * table's focus and redraw the whole row set).
 */
public final class GridRow {

    private final ReadOnlyObjectWrapper<EvidenceRow> row;

    GridRow(EvidenceRow row) {
        this.row = new ReadOnlyObjectWrapper<>(row);
    }

    public EvidenceRow get() {
        return row.get();
    }

    void set(EvidenceRow now) {
        row.set(now);
    }

    ReadOnlyObjectProperty<EvidenceRow> property() {
        return row.getReadOnlyProperty();
    }
}
