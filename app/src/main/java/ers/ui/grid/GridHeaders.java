package ers.ui.grid;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The look shared by the grid's column headers and their tooltips. */
final class GridHeaders {

    private GridHeaders() {
    }

    static VBox header(String top, String bottom) {
        VBox box = new VBox(1, new Label(top));
        box.setFillWidth(true);
        box.getStyleClass().add("grid-header");
        if (bottom != null) {
            Label line = new Label(bottom);
            line.getStyleClass().add("totals-caption");
            box.getChildren().add(line);
        }
        return box;
    }

    static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(300));
        return tip;
    }
}
