package ers.ui.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

/**
 * The grid's rows as they scroll: a row handed to another line is restyled only where its look
 * can have changed. JavaFX's own flow restyles the whole row and every cell in it at each reuse,
 * so that the row is sized by its new style; the grid's rows have a fixed height, and that
 * restyling was two thirds of the time a screen of scrolling took. Here the row is restyled whole
 * when its own state (odd or even, selected, focused, empty), its style classes or its cells
 * changed; otherwise only the cells whose state, style classes or graphic changed are, at once,
 * so that no frame shows a cell in the look of the line it left.
 */
final class RestylingFlow extends VirtualFlow<TableRow<GridRow>> {

    static void install(TableView<GridRow> table) {
        table.setSkin(new TableViewSkin<>(table) {
            @Override
            protected VirtualFlow<TableRow<GridRow>> createVirtualFlow() {
                return new RestylingFlow();
            }
        });
    }

    @Override
    protected void setCellIndex(TableRow<GridRow> row, int index) {
        // A row never shown yet has no style to keep: it is styled whole, as JavaFX does.
        if (row.getIndex() < 0 || row.getScene() == null) {
            super.setCellIndex(row, index);
            return;
        }
        Look before = new Look(row);
        row.updateIndex(index);
        before.restyleWhatChanged();
    }

    /** What decides a row's style and its cells': their states, style classes, and the cells' graphics. */
    private static final class Look {
        private final TableRow<GridRow> row;
        private final Set<PseudoClass> states;
        private final List<String> styleClasses;
        private final List<Node> children;
        private final List<CellLook> cells = new ArrayList<>();

        Look(TableRow<GridRow> row) {
            this.row = row;
            this.states = Set.copyOf(row.getPseudoClassStates());
            this.styleClasses = List.copyOf(row.getStyleClass());
            this.children = List.copyOf(row.getChildrenUnmodifiable());
            for (Node child : children) {
                if (child instanceof TableCell<?, ?> cell) {
                    cells.add(new CellLook(cell));
                }
            }
        }

        void restyleWhatChanged() {
            if (!states.equals(row.getPseudoClassStates()) || !styleClasses.equals(row.getStyleClass())
                    || !children.equals(row.getChildrenUnmodifiable())) {
                row.applyCss();
                return;
            }
            for (CellLook cell : cells) {
                cell.restyleIfChanged();
            }
        }
    }

    private record CellLook(TableCell<?, ?> cell, Set<PseudoClass> states, List<String> styleClasses, Node graphic) {

        CellLook(TableCell<?, ?> cell) {
            this(cell, Set.copyOf(cell.getPseudoClassStates()), List.copyOf(cell.getStyleClass()), cell.getGraphic());
        }

        void restyleIfChanged() {
            if (!states.equals(cell.getPseudoClassStates()) || !styleClasses.equals(cell.getStyleClass())
                    || graphic != cell.getGraphic()) {
                cell.applyCss();
            }
        }
    }
}
