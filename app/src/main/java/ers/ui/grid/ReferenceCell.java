package ers.ui.grid;

import ers.portfolio.edit.References;
import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.Tooltip;

/** The reference cell: editable text, flagged when another row has the same reference. */
final class ReferenceCell extends TextCell<GridRow> {

    private final Supplier<Set<String>> duplicates;

    ReferenceCell(Supplier<Set<String>> duplicates) {
        super(false);
        this.duplicates = duplicates;
    }

    @Override
    protected void updateItem(String reference, boolean empty) {
        super.updateItem(reference, empty);
        boolean twice = !empty && reference != null && References.isDuplicate(duplicates.get(), reference);
        getStyleClass().remove("duplicate");
        if (twice) {
            getStyleClass().add("duplicate");
        }
        setTooltip(twice ? new Tooltip(reference + " is used by more than one row") : null);
    }
}
