package ers.ui.grid;

import ers.spec.Criterion;
import ers.spec.UnitSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;

/**
 * "Only uncovered criteria": which criterion columns the grid shows. The set is decided when the
 * filter is applied and then stays put until the user refreshes it or leaves the unit, so a
 * criterion just ticked keeps its column, marked covered, and nothing slides under the pointer.
 */
final class UncoveredFilter {

    private final BooleanProperty on = new SimpleBooleanProperty(this, "onlyUncovered");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "filterStale");
    private final Coverage coverage;
    private final GridColumns columns;
    /** The criteria whose columns the filter shows, decided when it was last applied; null before. */
    private Set<String> shown;

    UncoveredFilter(Coverage coverage, GridColumns columns) {
        this.coverage = coverage;
        this.columns = columns;
    }

    BooleanProperty onProperty() {
        return on;
    }

    /** True while the filter shows a column covered since it was applied, which a refresh would hide. */
    ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** Another unit's columns: the filter is decided afresh at the next {@link #apply}. */
    void forget() {
        shown = null;
    }

    /** Shows the columns of the set last decided, deciding it anew when {@code recompute} or when there is none. */
    void apply(UnitSpec spec, boolean recompute) {
        boolean only = on.get();
        if (recompute || shown == null) {
            shown = new HashSet<>();
            for (Criterion criterion : spec == null ? List.<Criterion>of() : spec.criteria()) {
                if (!only || !coverage.isCovered(criterion.number())) {
                    shown.add(criterion.number());
                }
            }
        }
        boolean anyStale = false;
        for (var entry : columns.outcomes().entrySet()) {
            boolean any = false;
            for (TableColumn<GridRow, Boolean> child : entry.getValue()) {
                String number = GridColumns.criterionOf(child);
                boolean show = shown.contains(number);
                child.setVisible(show);
                boolean covered = only && show && coverage.isCovered(number);
                ((CriterionHeader) child.getGraphic()).showCoveredSinceFiltered(covered);
                anyStale |= covered;
                any |= show;
            }
            entry.getKey().setVisible(any);
            fitOutcomeLabel(entry.getKey(), entry.getValue());
        }
        stale.set(anyStale);
    }

    /** Applies the set already decided, or decides it when the unit is new to the filter. */
    void applyKept(UnitSpec spec) {
        apply(spec, shown == null);
    }

    /**
     * An outcome's label ("LO1") must fit over the columns shown under it: when the filter leaves
     * one narrow column, that column widens to the label rather than cutting it to "L…".
     */
    private static void fitOutcomeLabel(TableColumn<GridRow, ?> outcome, List<TableColumn<GridRow, Boolean>> children) {
        String label = outcome.getGraphic() instanceof Label l ? l.getText() : "";
        double needed = Math.ceil(GridColumns.labelWidth(label)) + GridColumns.LABEL_PADDING;
        TableColumn<GridRow, Boolean> last = null;
        double shownWidth = 0;
        for (TableColumn<GridRow, Boolean> child : children) {
            child.setPrefWidth(child.getMinWidth());
            if (child.isVisible()) {
                shownWidth += child.getMinWidth();
                last = child;
            }
        }
        if (last != null && shownWidth < needed) {
            last.setPrefWidth(last.getMinWidth() + needed - shownWidth);
        }
    }
}
