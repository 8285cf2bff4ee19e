package ers.ui.grid;

import ers.spec.Criterion;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** A criterion's column header: its number above the count of evidence covering it, red while none does. */
final class CriterionHeader extends VBox {

    CriterionHeader(Criterion criterion, ReadOnlyIntegerProperty count) {
        super(1, new Label(criterion.number()));
        setFillWidth(true);
        getStyleClass().add("grid-header");
        Label tally = new Label();
        tally.getStyleClass().add("criterion-count");
        tally.textProperty().bind(count.asString());
        getChildren().add(tally);
        Tooltip.install(this, GridHeaders.tooltip(criterion.number() + "  " + criterion.text()));
        count.addListener((obs, was, now) -> show(criterion.number(), now.intValue()));
        show(criterion.number(), count.get());
    }

    /** Marks a column "only uncovered" still shows although it has been covered since: greyed, waiting for a refresh. */
    void showCoveredSinceFiltered(boolean pending) {
        if (pending != getStyleClass().contains("covered-since")) {
            if (pending) {
                getStyleClass().add("covered-since");
            } else {
                getStyleClass().remove("covered-since");
            }
        }
    }

    private void show(String number, int count) {
        boolean uncovered = count == 0;
        if (uncovered != getStyleClass().contains("uncovered")) {
            if (uncovered) {
                getStyleClass().add("uncovered");
            } else {
                getStyleClass().remove("uncovered");
            }
        }
        setAccessibleText("Criterion " + number + ", " + (uncovered ? "not covered" : "covered by " + count));
    }
}
