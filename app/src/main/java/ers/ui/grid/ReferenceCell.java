package ers.ui.grid;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * The reference cell: editable text, flagged when another row has the same reference, and marked
 * when other units' sheets list the same item (a change to it shows there too).
 */
final class ReferenceCell extends TextCell<GridRow> {

    private final Supplier<ReferenceMarks> marks;

    ReferenceCell(Supplier<ReferenceMarks> marks) {
        super(false);
        this.marks = marks;
        setContentDisplay(ContentDisplay.RIGHT);
    }

    @Override
    protected void updateItem(String reference, boolean empty) {
        super.updateItem(reference, empty);
        GridRow line = empty || getTableRow() == null ? null : getTableRow().getItem();
        String twice = line == null ? null : marks.get().usedTwice(line.get().id(), reference).orElse(null);
        getStyleClass().remove("duplicate");
        if (twice != null) {
            getStyleClass().add("duplicate");
        }
        List<String> others = line == null ? List.of() : marks.get().sharedWith().getOrDefault(line.get().id(), List.of());
        String also = others.isEmpty() ? null : "Also on " + String.join(", ", others);
        if (also != null && !isEditing()) {
            Label mark = new Label("\u2194");
            mark.getStyleClass().add("shared-mark");
            mark.setAccessibleText(also);
            setGraphic(mark);
        }
        String tip = also == null ? twice : twice == null ? also : twice + "\n" + also;
        setTooltip(tip == null ? null : new Tooltip(tip));
        setAccessibleText(tip == null ? null : reference + ", " + tip.replace("\n", ", "));
    }
}
