package ers.ui.grid;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleSupplier;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The columns the grid's rows make cells for: the frozen ones and the criteria on screen, with
 * a margin either side, so that a row costs the same whatever the number of criteria. JavaFX's
 * own test of which columns are on screen measures against the row's full width, so every row
 * would otherwise hold a cell for every criterion. Criteria scrolled out to the left are stood
 * for by one empty spacer as wide as they are, which keeps the row's cells where the headers are.
 *
 * <p>The window moves only when the criteria on screen leave it, so scrolling or walking the
 * cursor column by column changes it once every few columns, not at every step.
 */
final class ColumnWindow {

    /** Criteria kept beyond each edge of the screen, so the cursor's next column is always there. */
    static final double MARGIN = 96;

    private final TableView<GridRow> table;
    private final Predicate<TableColumn<GridRow, ?>> frozen;
    private final DoubleSupplier scroll;
    private final ObservableList<TableColumn<GridRow, ?>> columns = FXCollections.observableArrayList();
    private final TableColumn<GridRow, Void> spacer = new TableColumn<>();
    private Set<TableColumn<GridRow, ?>> members = Set.of();
    /** The stretch of criteria (in the table's content coordinates) whose cells the window holds. */
    private double coveredFrom;
    private double coveredTo = -1;
    private int generation;
    /** The table's columns and their widths when the window was placed, folded into one number. */
    private double placedShape = Double.NaN;

    ColumnWindow(TableView<GridRow> table, Predicate<TableColumn<GridRow, ?>> frozen, DoubleSupplier scroll) {
        this.table = table;
        this.frozen = frozen;
        this.scroll = scroll;
        spacer.setId("columnWindowSpacer");
        spacer.setMinWidth(0);
        spacer.setMaxWidth(Double.MAX_VALUE);
        spacer.setCellFactory(c -> spacerCell());
    }

    /** The columns a row makes cells for, in the table's order; rows listen to it. */
    ObservableList<TableColumn<GridRow, ?>> columns() {
        return columns;
    }

    boolean holds(TableColumn<?, ?> column) {
        return members.contains(column);
    }

    boolean isSpacer(Object column) {
        return column == spacer;
    }

    /** Changes each time the window moves, so a row knows when to drop cells it no longer needs. */
    int generation() {
        return generation;
    }

    /** Moves the window if the criteria on screen are no longer all in it; otherwise does nothing. */
    void follow() {
        double left = scroll.getAsDouble();
        double frozenWidth = 0;
        double shape = 0;
        int i = 0;
        for (TableColumn<GridRow, ?> column : table.getVisibleLeafColumns()) {
            shape += ++i * (column.getWidth() + (column.hashCode() & 0xff));
            if (frozen.test(column)) {
                frozenWidth += column.getWidth();
            }
        }
        double from = left + frozenWidth;
        double to = left + Math.max(table.getWidth(), 0);
        if (from < coveredFrom || to > coveredTo || shape != placedShape) {
            placedShape = shape;
            place(from - MARGIN, to + MARGIN);
        }
    }

    private void place(double from, double to) {
        List<TableColumn<GridRow, ?>> now = new ArrayList<>();
        double x = 0;
        double skipped = 0;
        boolean first = true;
        coveredFrom = Double.NEGATIVE_INFINITY;
        coveredTo = Double.POSITIVE_INFINITY;
        for (TableColumn<GridRow, ?> column : table.getVisibleLeafColumns()) {
            double start = x;
            x += column.getWidth();
            if (frozen.test(column)) {
                now.add(column);
            } else if (x <= from) {
                skipped += column.getWidth();
                coveredFrom = x;
            } else if (start < to) {
                if (first && skipped > 0) {
                    spacer.setPrefWidth(skipped);
                    now.add(spacer);
                }
                first = false;
                now.add(column);
            } else if (coveredTo == Double.POSITIVE_INFINITY) {
                coveredTo = start;
            }
        }
        if (!now.equals(columns)) {
            members = new HashSet<>(now);
            members.remove(spacer);
            generation++;
            columns.setAll(now);
        }
    }

    /** Stands for the criteria scrolled out to the left: takes their room, shows and does nothing. */
    private static TableCell<GridRow, Void> spacerCell() {
        TableCell<GridRow, Void> cell = new TableCell<>();
        cell.getStyleClass().add("column-window-spacer");
        cell.setVisible(false);
        return cell;
    }
}
