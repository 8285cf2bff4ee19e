package ers.ui.grid;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The evidence title column's width: whatever the other columns leave, so titles read in full
 * where the window allows, and at least the width the user last dragged it to, which is kept.
 */
final class TitleWidth {

    /** Room for the vertical scroll bar and the table's border, which the columns must not take. */
    private static final double TABLE_CHROME = 20;

    private final DoubleProperty dragged = new SimpleDoubleProperty(this, "titleWidth");
    private final TableView<GridRow> table;

    TitleWidth(TableView<GridRow> table) {
        this.table = table;
    }

    /** The width the user gave the title column by dragging its edge; 0 while they have not. */
    DoubleProperty draggedProperty() {
        return dragged;
    }

    /** A width the title column takes other than the one {@link #fit} gave it is the user's drag. */
    void followDrags(TableColumn<GridRow, String> title) {
        title.widthProperty().addListener((obs, was, now) -> {
            if (Math.abs(now.doubleValue() - title.getPrefWidth()) > 0.5) {
                dragged.set(now.doubleValue());
                title.setPrefWidth(now.doubleValue());
            }
        });
    }

    void fit(TableColumn<GridRow, String> title) {
        if (title == null || table.getWidth() <= 0) {
            return;
        }
        double others = 0;
        for (TableColumn<GridRow, ?> column : table.getVisibleLeafColumns()) {
            if (column != title) {
                others += column.getWidth();
            }
        }
        title.setPrefWidth(Math.max(dragged.get(),
                Math.max(EvidenceGrid.TITLE_MIN_WIDTH, table.getWidth() - others - TABLE_CHROME)));
    }
}
