package ers.ui.grid;

import javafx.scene.control.Tooltip;

/** The evidence title cell: a title cut short by the column shows whole on hover. */
final class TitleCell extends TextCell<GridRow> {

    private final Tooltip whole = GridHeaders.tooltip("");

    TitleCell() {
        super(false);
        // Wraps when the grid's rows are two lines high (style sheet), and is cut short with "…" beyond.
        getStyleClass().add("title-cell");
    }

    @Override
    protected void updateItem(String title, boolean empty) {
        super.updateItem(title, empty);
        boolean any = !empty && title != null && !title.isBlank();
        whole.setText(any ? title : "");
        setTooltip(any ? whole : null);
    }
}
