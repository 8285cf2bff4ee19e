package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import java.util.function.BiConsumer;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.TableCell;
import javafx.scene.input.MouseButton;

/** A criterion cell of the grid: shows a tick when the row covers the criterion; every click toggles it, quick ones too. */
public final class TickCell extends TableCell<GridRow, Boolean> {

    public static final String TICK = "\u2713";

    private final String criterion;

    TickCell(String criterion, BiConsumer<EvidenceRow, String> toggle) {
        this.criterion = criterion;
        getStyleClass().add("tick-cell");
        setOnMouseClicked(e -> {
            EvidenceRow row = line();
            if (e.getButton() == MouseButton.PRIMARY && row != null && !isEmpty()) {
                toggle.accept(row, criterion);
            }
        });
    }

    private EvidenceRow line() {
        return getTableRow() == null || getTableRow().getItem() == null ? null : getTableRow().getItem().get();
    }

    public String criterion() {
        return criterion;
    }

    @Override
    protected void updateItem(Boolean covered, boolean empty) {
        super.updateItem(covered, empty);
        boolean ticked = !empty && Boolean.TRUE.equals(covered);
        setText(ticked ? TICK : null);
    }

    /** Said by a screen reader; worked out when it asks rather than at every scroll step. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            EvidenceRow row = isEmpty() ? null : line();
            return row == null ? null
                    : row.reference() + ", criterion " + criterion + (TICK.equals(getText()) ? ", covered" : ", not covered");
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
