package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import ers.spec.Criterion;
import ers.text.Plural;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * Which of the unit's rows the grid shows: all, or only those covering one criterion. The rows
 * are chosen when the filter is set and stay until it is set again or cleared: a row unticked
 * meanwhile stays in sight, and a row added meanwhile joins them, so nothing vanishes under the
 * pointer. A bar above the grid says what is shown and clears it.
 */
final class ShownRows {

    private final ObservableList<GridRow> all;
    private final FilteredList<GridRow> shown;
    private final ReadOnlyObjectWrapper<Criterion> criterion = new ReadOnlyObjectWrapper<>(this, "criterion");
    private final Label words = new Label();
    private final HBox bar;
    private Set<String> ids;

    ShownRows(ObservableList<GridRow> all) {
        this.all = all;
        shown = new FilteredList<>(all);
        words.setId("rowFilterText");
        words.setWrapText(true);
        words.setMinWidth(0);
        Button clear = new Button("Show all rows");
        clear.setId("showAllRowsButton");
        clear.setOnAction(e -> clear());
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        bar = new HBox(8, words, clear);
        bar.setId("rowFilterBar");
        bar.getStyleClass().add("row-filter-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(criterion.isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
    }

    /** What the table lists. */
    ObservableList<GridRow> items() {
        return shown;
    }

    Node bar() {
        return bar;
    }

    /** The criterion the rows are filtered by, or null while every row shows. */
    ReadOnlyObjectProperty<Criterion> criterionProperty() {
        return criterion.getReadOnlyProperty();
    }

    /** Shows only the rows that cover {@code by} now. */
    void onlyCovering(Criterion by, List<GridRow> all) {
        ids = new HashSet<>();
        for (GridRow line : all) {
            if (line.get().covers(by.number())) {
                ids.add(line.get().id());
            }
        }
        criterion.set(by);
        shown.setPredicate(line -> ids.contains(line.get().id()));
        words.setText("Showing only the " + Plural.of(ids.size(), "row") + " covering " + by.number()
                + " (" + by.text() + ")");
    }

    void clear() {
        ids = null;
        criterion.set(null);
        shown.setPredicate(null);
    }

    /** Where the sheet's row {@code row} is in the table, or the nearest row shown after (else before) it. */
    int shownIndex(int row) {
        for (int i = row; i >= 0 && i < all.size(); i++) {
            int at = shown.getViewIndex(i);
            if (at >= 0) {
                return at;
            }
        }
        return shown.size() - 1;
    }

    /** The index among all the sheet's rows of the table's row {@code index}; -1 for none. */
    int sheetIndex(int index) {
        return index >= 0 && index < shown.size() ? shown.getSourceIndex(index) : -1;
    }

    /** Rows the user adds while filtered are theirs to work on: they show too. */
    void added(List<EvidenceRow> now, List<GridRow> before) {
        if (ids == null) {
            return;
        }
        Set<String> old = new HashSet<>();
        before.forEach(line -> old.add(line.get().id()));
        now.stream().map(EvidenceRow::id).filter(id -> !old.contains(id)).forEach(ids::add);
    }
}
