package ers.ui.units;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** The buttons of the unit form: off while the unit is read-only, their keys in the tooltip. */
final class FormControls {

    private FormControls() {
    }

    static Button button(String label, String id, String keys, Runnable action, ObservableBooleanValue readOnly) {
        Button button = new Button(label);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setTooltip(new Tooltip(keys));
        button.disableProperty().bind(readOnly);
        button.setOnAction(e -> action.run());
        return button;
    }
}
