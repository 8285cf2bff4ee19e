package ers.ui.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.TableRowSkin;

/**
 * Keeps the grid's first columns (reference, title, method) in place while the criteria scroll
 * sideways under them, as a spreadsheet's frozen panes do. Their cells and headers are drawn on
 * top, shifted by the scroll. Rows make cells only for the columns of the {@link ColumnWindow}:
 * the frozen ones and the criteria on screen.
 */
final class FrozenColumns {

    private final TableView<GridRow> table;
    private final Set<String> frozenIds;
    private ScrollBar hbar;
    private final List<TableColumnHeader> headers = new ArrayList<>();
    private final ColumnWindow window;
    /** The strips at the frozen columns' right edges that a user drags to widen them. */
    private final List<Node> edges = new ArrayList<>();

    private FrozenColumns(TableView<GridRow> table, Set<String> frozenIds) {
        this.table = table;
        this.frozenIds = frozenIds;
        this.window = new ColumnWindow(table, this::isFrozen, this::scroll);
    }

    static void install(TableView<GridRow> table, Set<String> frozenIds) {
        FrozenColumns frozen = new FrozenColumns(table, frozenIds);
        table.setRowFactory(t -> {
            TableRow<GridRow> row = new TableRow<>();
            row.setSkin(frozen.new RowSkin(row));
            return row;
        });
        table.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.addPreLayoutPulseListener(frozen.window::follow);
                scene.addPostLayoutPulseListener(frozen::placeHeaders);
            }
        });
        table.widthProperty().addListener((obs, was, now) -> frozen.window.follow());
        table.getFocusModel().focusedCellProperty().addListener((obs, was, now) -> Platform.runLater(() -> frozen.reveal(now)));
    }

    private boolean isFrozen(TableColumnBase<?, ?> column) {
        return column != null && frozenIds.contains(column.getId());
    }

    private ScrollBar hbar() {
        if (hbar == null || hbar.getScene() == null) {
            hbar = table.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar bar
                    && bar.getOrientation() == Orientation.HORIZONTAL).map(n -> (ScrollBar) n).findFirst().orElse(null);
            if (hbar != null) {
                ChangeListener<Number> relayout = (o, w, v) -> {
                    window.follow();
                    table.lookupAll(".table-row-cell").forEach(row -> ((TableRow<?>) row).requestLayout());
                };
                hbar.valueProperty().addListener(relayout);
            }
        }
        return hbar;
    }

    private double scroll() {
        ScrollBar bar = hbar();
        return bar == null ? 0 : bar.getValue();
    }

    /** Width of the frozen columns, which the criteria scroll under. */
    private double frozenWidth() {
        double width = 0;
        for (TableColumn<GridRow, ?> column : table.getVisibleLeafColumns()) {
            if (isFrozen(column)) {
                width += column.getWidth();
            }
        }
        return width;
    }

    /** Runs after every layout, so it looks the headers up only when the table has made new ones. */
    private void placeHeaders() {
        if (headers.isEmpty() || headers.stream().anyMatch(h -> h.getScene() == null)
                || edges.isEmpty() || edges.stream().anyMatch(h -> h.getScene() == null)) {
            headers.clear();
            edges.clear();
            Node row = table.lookup(".column-header-background");
            if (row == null) {
                return;
            }
            for (Node node : row.lookupAll(".column-header")) {
                if (node instanceof TableColumnHeader header && isFrozen(header.getTableColumn())) {
                    header.setViewOrder(-1);
                    headers.add(header);
                }
            }
            findEdges(row);
        }
        double x = scroll();
        for (Node header : headers) {
            if (header.getTranslateX() != x) {
                header.setTranslateX(x);
            }
        }
        for (Node edge : edges) {
            if (edge.getTranslateX() != x) {
                edge.setTranslateX(x);
            }
        }
    }

    /**
     * The table's resize strips (one per column, keyed by it) lie under the raised frozen headers:
     * they are raised above them, and move with them, so the title column can still be widened.
     */
    private void findEdges(Node row) {
        for (Node nested : row.lookupAll(".nested-column-header")) {
            for (Node child : ((javafx.scene.Parent) nested).getChildrenUnmodifiable()) {
                if (child instanceof javafx.scene.shape.Rectangle edge
                        && edge.getProperties().get("TableColumn") instanceof TableColumnBase<?, ?> column
                        && isFrozen(column)) {
                    edge.setViewOrder(-2);
                    edges.add(edge);
                }
            }
        }
    }

    /** A criterion reached by the keyboard under the frozen columns is scrolled out from under them. */
    private void reveal(TablePosition<GridRow, ?> at) {
        ScrollBar bar = hbar();
        if (at == null || at.getTableColumn() == null || isFrozen(at.getTableColumn()) || bar == null) {
            return;
        }
        double start = 0;
        for (TableColumn<GridRow, ?> column : table.getVisibleLeafColumns()) {
            if (column == at.getTableColumn()) {
                break;
            }
            start += column.getWidth();
        }
        double hidden = start - frozenWidth();
        if (hidden < bar.getValue()) {
            bar.setValue(Math.max(bar.getMin(), hidden));
        }
    }

    /**
     * A row whose frozen cells stay in the scene and at the left edge, however far the row is
     * scrolled, and which holds cells only for the columns of the window.
     */
    private final class RowSkin extends TableRowSkin<GridRow> {

        /** Made on first use: the base skin's constructor already makes cells, before this class's fields are set. */
        private Map<TableColumnBase<?, ?>, TableCell<GridRow, ?>> frozenCells;
        private int windowSeen = -1;

        RowSkin(TableRow<GridRow> row) {
            super(row);
        }

        @Override
        @SuppressWarnings("rawtypes")
        protected TableCell<GridRow, ?> createCell(TableColumnBase column) {
            TableCell<GridRow, ?> cell = super.createCell(column);
            if (isFrozen(column)) {
                frozenCells().put(column, cell);
                cell.getStyleClass().add("frozen-cell");
                cell.setViewOrder(-1);
            }
            return cell;
        }

        private Map<TableColumnBase<?, ?>, TableCell<GridRow, ?>> frozenCells() {
            if (frozenCells == null) {
                frozenCells = new HashMap<>();
            }
            return frozenCells;
        }

        /** Called by the base skin's constructor too, when the outer instance is already set. */
        @Override
        protected ObservableList<TableColumn<GridRow, ?>> getVisibleLeafColumns() {
            return window.columns();
        }

        /** As wide as all the columns, not only the window's: the horizontal scroll bar spans them all. */
        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            double width = left + right;
            for (TableColumn<GridRow, ?> column : table.getVisibleLeafColumns()) {
                width += column.getWidth();
            }
            return width;
        }

        /** Only the cells the row holds can be reported; JavaFX's own answer expects one per column. */
        @Override
        protected Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
            if (attribute != AccessibleAttribute.SELECTED_ITEMS) {
                return super.queryAccessibleAttribute(attribute, parameters);
            }
            List<Node> selected = new ArrayList<>();
            int index = getSkinnable().getIndex();
            for (Node child : getChildren()) {
                if (child instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                        && table.getSelectionModel().isSelected(index, (TableColumn<GridRow, ?>) cell.getTableColumn())) {
                    selected.add(cell);
                }
            }
            return FXCollections.observableArrayList(selected);
        }

        @Override
        protected void layoutChildren(double x, double y, double w, double h) {
            super.layoutChildren(x, y, w, h);
            if (windowSeen != window.generation()) {
                // The base skin takes out only the cells of hidden columns; those the window left go here.
                windowSeen = window.generation();
                getChildren().removeIf(n -> n instanceof TableCell<?, ?> cell && !isFrozen(cell.getTableColumn())
                        && !window.holds(cell.getTableColumn()) && !window.isSpacer(cell.getTableColumn()));
            }
            double left = x + scroll();
            List<TableColumn<GridRow, ?>> leaves = table.getVisibleLeafColumns();
            for (TableColumn<GridRow, ?> column : leaves) {
                if (!isFrozen(column)) {
                    continue;
                }
                TableCell<GridRow, ?> cell = frozenCells().get(column);
                if (cell != null) {
                    if (cell.getParent() == null) {
                        getChildren().add(cell);
                    }
                    double height = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : h;
                    cell.resizeRelocate(left, 0, column.getWidth(), height);
                }
                left += column.getWidth();
            }
        }
    }
}
