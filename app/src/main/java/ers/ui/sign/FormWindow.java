package ers.ui.sign;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * A small window holding one form (signing, reopening, sampling, certificates): Escape and the
 * form's Cancel button close it and change nothing.
 */
public final class FormWindow {

    private final Stage stage = new Stage();

    public FormWindow(Window owner, String title) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
    }

    public void show(Region content) {
        Scene scene = new Scene(content);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    public void close() {
        stage.close();
    }

    public Stage stage() {
        return stage;
    }

    /** A form's buttons, right-aligned: its actions, then Cancel, which runs {@code cancel}. */
    public static HBox buttons(Runnable cancel, Button... actions) {
        return buttons("Cancel", cancel, actions);
    }

    /** As {@link #buttons(Runnable, Button...)}, with another word than Cancel where nothing is pending. */
    public static HBox buttons(String cancelText, Runnable cancel, Button... actions) {
        Button cancelButton = new Button(cancelText);
        cancelButton.setId("cancelForm");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel.run());
        HBox bar = new HBox(8, actions);
        bar.getChildren().add(cancelButton);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    /** How a choice box on a form shows its values (a role as {@code Assessor}, not {@code ASSESSOR}). */
    public static <T> StringConverter<T> shownAs(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
