package ers.ui;

import ers.portfolio.EvidenceRow;
import java.util.function.BiConsumer;
import javafx.scene.control.TableCell;
import javafx.scene.input.MouseButton;

/** A criterion cell of the grid: shows a tick when the row covers the criterion; a click toggles it. */
final class TickCell extends TableCell<EvidenceRow, Boolean> {

    static final String TICK = "\u2713";

    private final String criterion;

    TickCell(String criterion, BiConsumer<EvidenceRow, String> toggle) {
        this.criterion = criterion;
        getStyleClass().add("tick-cell");
        setOnMouseClicked(e -> {
            EvidenceRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && row != null && !isEmpty()) {
                toggle.accept(row, criterion);
            }
        });
    }

    String criterion() {
        return criterion;
    }

    @Override
    protected void updateItem(Boolean covered, boolean empty) {
        super.updateItem(covered, empty);
        boolean ticked = !empty && Boolean.TRUE.equals(covered);
        setText(ticked ? TICK : null);
        EvidenceRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
        setAccessibleText(row == null ? null
                : row.reference() + ", criterion " + criterion + (ticked ? ", covered" : ", not covered"));
    }
}
