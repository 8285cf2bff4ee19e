package ers.ui.grid;

import ers.portfolio.AssessmentMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The list of the centre's assessment methods that opens on a Method cell: each line its code and
 * name with a box to tick. Arrows move, Space ticks, Enter (or Apply, or a click elsewhere)
 * applies, Escape (or Cancel) leaves the row as it was.
 */
final class MethodPicker {

    private final Popup popup = new Popup();
    private final ListView<AssessmentMethod> list = new ListView<>();
    private final Map<String, BooleanProperty> ticked = new LinkedHashMap<>();
    private final Consumer<List<String>> apply;
    private final Runnable cancel;
    private boolean settled;

    /**
     * @param apply  receives the codes ticked, in the order of the key
     * @param cancel runs when the user leaves without applying
     */
    MethodPicker(List<AssessmentMethod> key, List<String> chosen, Consumer<List<String>> apply, Runnable cancel) {
        this.apply = apply;
        this.cancel = cancel;
        for (AssessmentMethod method : key) {
            ticked.put(method.code(), new SimpleBooleanProperty(chosen.contains(method.code())));
        }
        list.setId("methodPicker");
        list.getItems().setAll(key);
        list.setCellFactory(v -> new MethodLine());
        list.setPrefHeight(Math.min(key.size(), 10) * 26 + 4);
        list.setPrefWidth(280);
        list.setAccessibleText("Assessment methods: Space ticks, Enter applies, Escape cancels");
        list.getSelectionModel().select(0);
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        Label help = new Label("Space ticks \u00b7 Enter applies \u00b7 Esc cancels");
        help.getStyleClass().add("picker-help");
        Button ok = new Button("Apply");
        ok.setId("applyMethods");
        ok.setOnAction(e -> settle(true));
        Button no = new Button("Cancel");
        no.setId("cancelMethods");
        no.setOnAction(e -> settle(false));
        HBox buttons = new HBox(6, help, ok, no);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(6, list, buttons);
        box.setPadding(new Insets(6));
        box.getStyleClass().add("method-picker");
        box.getStylesheets().add(MethodPicker.class.getResource("/ers/ui/editor.css").toExternalForm());
        popup.getContent().add(box);
        popup.setAutoHide(true);
        // Clicking elsewhere keeps what was ticked: the ticks were made on purpose.
        popup.setOnAutoHide(e -> settle(true));
        popup.setHideOnEscape(false);
    }

    void showBelow(Node cell) {
        Bounds at = cell.localToScreen(cell.getLayoutBounds());
        popup.show(cell, at.getMinX(), at.getMaxY());
        list.requestFocus();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            AssessmentMethod at = list.getSelectionModel().getSelectedItem();
            if (at != null) {
                BooleanProperty box = ticked.get(at.code());
                box.set(!box.get());
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            settle(true);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            settle(false);
            e.consume();
        }
    }

    private void settle(boolean keep) {
        if (settled) {
            return;
        }
        settled = true;
        popup.hide();
        if (keep) {
            List<String> codes = new ArrayList<>();
            ticked.forEach((code, box) -> {
                if (box.get()) {
                    codes.add(code);
                }
            });
            apply.accept(codes);
        } else {
            cancel.run();
        }
    }

    /** A method's line: its box, bound to what is ticked, and its code and name. */
    private final class MethodLine extends ListCell<AssessmentMethod> {

        private final CheckBox box = new CheckBox();
        private BooleanProperty bound;

        MethodLine() {
            // The list keeps the keyboard; a click on the box still ticks it.
            box.setFocusTraversable(false);
            box.setMnemonicParsing(false);
        }

        @Override
        protected void updateItem(AssessmentMethod method, boolean empty) {
            super.updateItem(method, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || method == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = ticked.get(method.code());
            box.selectedProperty().bindBidirectional(bound);
            box.setText(method.code() + "  \u2013  " + method.name());
            box.setId("pick-" + method.code());
            setText(null);
            setGraphic(box);
        }
    }
}
