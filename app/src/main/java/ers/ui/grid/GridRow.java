package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * A line of the grid: stays the same object while its evidence row is edited, so that a tick
 * updates the cells bound to it instead of replacing an item of the table (which would move the
 * table's focus and redraw the whole row set).
 */
public final class GridRow {

    private final ReadOnlyObjectWrapper<EvidenceRow> row;
    /** What each column shows of this line, made when the column's cell first shows it. */
    private Map<Object, ObservableValue<?>> shown;

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

    /**
     * What the column {@code key} shows of this line, following its edits. A cell asks for its
     * value each time it is given a line, so while scrolling the same value is handed out again
     * rather than a new binding made (and left listening to the line) at every step.
     */
    @SuppressWarnings("unchecked")
    <T> ObservableValue<T> shown(Object key, Function<EvidenceRow, T> part) {
        if (shown == null) {
            shown = new HashMap<>();
        }
        return (ObservableValue<T>) shown.computeIfAbsent(key,
                k -> Bindings.createObjectBinding(() -> part.apply(row.get()), row));
    }
}
