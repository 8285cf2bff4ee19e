package ers.ui.grid;

import ers.portfolio.AssessmentMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.TableCell;

/**
 * The assessment-method cell: shows the row's codes; editing it (double-click, F2 or Space)
 * opens a {@link MethodPicker} of the centre's method key.
 */
final class MethodCell extends TableCell<GridRow, List<String>> {

    private final Supplier<List<AssessmentMethod>> key;

    MethodCell(Supplier<List<AssessmentMethod>> key) {
        this.key = key;
        getStyleClass().add("method-cell");
    }

    @Override
    public void startEdit() {
        if (isEmpty()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        MethodPicker picker = new MethodPicker(key.get(), getItem(), codes -> {
            if (isEditing()) {
                commitEdit(inKeyOrder(codes));
            }
            backToGrid();
        }, () -> {
            if (isEditing()) {
                cancelEdit();
            }
            backToGrid();
        });
        picker.showBelow(this);
    }

    /** The keyboard returns to the grid, on this cell, when the picker closes. */
    private void backToGrid() {
        if (getTableView() != null) {
            getTableView().requestFocus();
        }
    }

    /** Codes in the order of the key, so that {@code O, PD} never prints as {@code PD, O}; unknown codes stay, last. */
    private List<String> inKeyOrder(List<String> chosen) {
        List<String> ordered = new ArrayList<>(chosen);
        getItem().stream().filter(c -> !ordered.contains(c)
                && key.get().stream().noneMatch(m -> m.code().equals(c))).forEach(ordered::add);
        return ordered;
    }

    @Override
    protected void updateItem(List<String> codes, boolean empty) {
        super.updateItem(codes, empty);
        setText(empty || codes == null ? null : String.join(", ", codes));
    }
}
