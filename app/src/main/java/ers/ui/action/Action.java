package ers.ui.action;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

/**
 * Something the user can do from a menu, a toolbar button or a key. The menu item and the button
 * made from one action class share its words, its key and the rule for when it is off.
 */
public abstract class Action {

    private final String id;
    private final StringProperty text = new SimpleStringProperty(this, "text");
    private final KeyCombination key;
    private final String help;
    private final BooleanProperty disabled = new SimpleBooleanProperty(this, "disabled");

    /**
     * @param id   stem of the ids of its controls: {@code save} gives {@code saveItem} and {@code saveButton}
     * @param text the menu's words, {@code _} before the mnemonic letter
     * @param key  accelerator such as {@code Shortcut+S}, or null
     * @param help what a button's tooltip and a screen reader say
     */
    protected Action(String id, String text, String key, String help) {
        this.id = id;
        this.text.set(text);
        this.key = key == null ? null : KeyCombination.keyCombination(key);
        this.help = help;
    }

    protected final void disableWhen(ObservableBooleanValue condition) {
        disabled.bind(condition);
    }

    protected final void textFollows(ObservableStringValue words) {
        text.bind(words);
    }

    public abstract void execute();

    public final MenuItem menuItem() {
        MenuItem item = dressed(new MenuItem());
        item.setOnAction(e -> execute());
        return item;
    }

    /** A menu item of any kind with this action's words, id, key and off-condition. */
    protected final <T extends MenuItem> T dressed(T item) {
        item.textProperty().bind(text);
        item.setId(id + "Item");
        item.setMnemonicParsing(true);
        if (key != null) {
            item.setAccelerator(key);
        }
        item.disableProperty().bind(disabled);
        return item;
    }

    /** A button with a short label of its own; its tooltip says what the action does. */
    public final Button button(String label) {
        Button button = new Button(label);
        button.setId(id + "Button");
        button.setTooltip(new Tooltip(help));
        button.setAccessibleText(help);
        button.disableProperty().bind(disabled);
        button.setOnAction(e -> execute());
        return button;
    }
}
