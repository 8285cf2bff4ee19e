package ers.ui.grid;

import ers.portfolio.AssessmentMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Side;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.TableCell;

/**
 * The assessment-method cell: shows the row's codes; editing it (double-click, F2 or Space) opens
 * a list of the centre's method key to tick, which stays open until dismissed.
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
        List<String> chosen = new ArrayList<>(getItem());
        ContextMenu menu = new ContextMenu();
        menu.setId("methodPicker");
        for (AssessmentMethod method : key.get()) {
            CheckBox box = new CheckBox(method.code() + " \u2013 " + method.name());
            box.setId("pick-" + method.code());
            box.setSelected(chosen.contains(method.code()));
            box.selectedProperty().addListener((obs, was, is) -> {
                chosen.remove(method.code());
                if (is) {
                    chosen.add(method.code());
                }
            });
            CustomMenuItem item = new CustomMenuItem(box, false);
            menu.getItems().add(item);
        }
        menu.setOnHidden(e -> {
            if (isEditing()) {
                commitEdit(inKeyOrder(chosen));
            }
        });
        menu.show(this, Side.BOTTOM, 0, 0);
    }

    /** Codes in the order of the key, so that {@code O, PD} never prints as {@code PD, O}. */
    private List<String> inKeyOrder(List<String> chosen) {
        List<String> ordered = new ArrayList<>();
        key.get().stream().map(AssessmentMethod::code).filter(chosen::contains).forEach(ordered::add);
        chosen.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return ordered;
    }

    @Override
    protected void updateItem(List<String> codes, boolean empty) {
        super.updateItem(codes, empty);
        setText(empty || codes == null ? null : String.join(", ", codes));
    }
}
