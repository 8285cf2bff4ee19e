package ers.ui.grid;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Dragging a row by its reference or title moves it on the sheet: a line shows where it will go,
 * the grid scrolls when the pointer nears its top or bottom, and letting go makes one move. A
 * click without moving still just puts the cursor there; Shift and Ctrl clicks still select.
 */
final class RowDrag {

    /** How far the pointer must move before a press becomes a drag, so a slightly shaky click stays a click. */
    private static final double THRESHOLD = 6;
    private static final double SCROLL_EDGE = 24;

    private final TableView<GridRow> table;
    private final Set<String> handles;
    private final List<GridRow> all;
    private final BiConsumer<GridRow, Integer> move;
    private GridRow dragged;
    private double pressedY;
    private boolean dragging;
    private boolean justDropped;

    /**
     * @param handles ids of the columns a row is dragged by
     * @param all     every row of the sheet, of which the table may show some
     * @param move    moves the row given to that index of the sheet
     */
    private RowDrag(TableView<GridRow> table, Set<String> handles, List<GridRow> all, BiConsumer<GridRow, Integer> move) {
        this.table = table;
        this.handles = handles;
        this.all = all;
        this.move = move;
    }

    static void install(TableView<GridRow> table, Set<String> handles, List<GridRow> all,
                        BiConsumer<GridRow, Integer> move) {
        RowDrag drag = new RowDrag(table, handles, all, move);
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, drag::pressed);
        // The cell pressed may be laid out again, out of the table, while the row is dragged: the
        // window's scene always sees the rest of the gesture.
        EventHandler<MouseEvent> dragged = drag::dragged;
        EventHandler<MouseEvent> released = drag::released;
        table.sceneProperty().addListener((obs, was, scene) -> {
            if (was != null) {
                was.removeEventFilter(MouseEvent.MOUSE_DRAGGED, dragged);
                was.removeEventFilter(MouseEvent.MOUSE_RELEASED, released);
            }
            if (scene != null) {
                scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, dragged);
                scene.addEventFilter(MouseEvent.MOUSE_RELEASED, released);
            }
        });
        table.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (drag.justDropped) {
                drag.justDropped = false;
                e.consume();
            }
        });
    }

    private void pressed(MouseEvent e) {
        dragged = null;
        dragging = false;
        justDropped = false;
        if (e.getButton() != MouseButton.PRIMARY || e.isShiftDown() || e.isShortcutDown()
                || !table.isEditable() || table.getEditingCell() != null) {
            return;
        }
        TableCell<?, ?> cell = ancestor(e.getPickResult().getIntersectedNode(), TableCell.class);
        if (cell != null && cell.getTableColumn() != null && handles.contains(cell.getTableColumn().getId())
                && cell.getTableRow() != null && cell.getTableRow().getItem() instanceof GridRow line) {
            dragged = line;
            pressedY = e.getSceneY();
        }
    }

    private void dragged(MouseEvent e) {
        if (dragged == null) {
            return;
        }
        if (!dragging && Math.abs(e.getSceneY() - pressedY) < THRESHOLD) {
            return;
        }
        dragging = true;
        table.setCursor(Cursor.CLOSED_HAND);
        scrollNearEdges(e.getSceneY());
        showDropLine(target(e.getSceneY()));
        e.consume();
    }

    private void released(MouseEvent e) {
        if (!dragging) {
            dragged = null;
            return;
        }
        int target = target(e.getSceneY());
        GridRow line = dragged;
        dragged = null;
        dragging = false;
        justDropped = true;
        table.setCursor(null);
        showDropLine(-1);
        e.consume();
        int to = target < 0 ? -1 : all.indexOf(table.getItems().get(target));
        if (to >= 0 && to != all.indexOf(line)) {
            move.accept(line, to);
        }
    }

    /**
     * The shown row whose place the dragged one takes: the row under the pointer; above the
     * rows, the first; below them, the last.
     */
    private int target(double sceneY) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.isVisible() && row.getItem() != null) {
                Bounds b = row.localToScene(row.getLayoutBounds());
                if (sceneY >= b.getMinY() && sceneY < b.getMaxY()) {
                    return row.getIndex();
                }
                first = Math.min(first, row.getIndex());
                last = Math.max(last, row.getIndex());
            }
        }
        Bounds flow = table.localToScene(table.getLayoutBounds());
        return last < 0 ? -1 : sceneY < flow.getCenterY() ? first : last;
    }

    /**
     * Marks where the dragged row would go: a line above the target row when it moves up, below
     * it when it moves down; -1 clears the mark.
     */
    private void showDropLine(int target) {
        int from = table.getItems().indexOf(dragged);
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row) {
                boolean on = target >= 0 && target != from && row.getIndex() == target && row.getItem() != null;
                toggle(row, "drop-before", on && target < from);
                toggle(row, "drop-after", on && target > from);
            }
        }
    }

    private static void toggle(Node node, String styleClass, boolean on) {
        if (on != node.getStyleClass().contains(styleClass)) {
            if (on) {
                node.getStyleClass().add(styleClass);
            } else {
                node.getStyleClass().remove(styleClass);
            }
        }
    }

    private void scrollNearEdges(double sceneY) {
        VirtualFlow<?> flow = table.lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
        if (flow == null) {
            return;
        }
        Bounds b = flow.localToScene(flow.getLayoutBounds());
        if (sceneY < b.getMinY() + SCROLL_EDGE) {
            flow.scrollPixels(-table.getFixedCellSize() / 2);
        } else if (sceneY > b.getMaxY() - SCROLL_EDGE) {
            flow.scrollPixels(table.getFixedCellSize() / 2);
        }
    }

    private static <T> T ancestor(Node node, Class<T> type) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (type.isInstance(at)) {
                return type.cast(at);
            }
        }
        return null;
    }
}
