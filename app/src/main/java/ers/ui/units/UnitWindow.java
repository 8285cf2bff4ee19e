package ers.ui.units;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The unit windows open beside the main window, sized for a 1366x768 laptop. A window whose unit
 * is not saved asks before it closes, so a correction is never lost by closing it.
 */
public final class UnitWindow {

    /** A window's content that may hold a unit not yet saved. */
    interface Guarded {
        boolean unsaved();
    }

    private UnitWindow() {
    }

    public static Stage open(Window owner, String title, Parent content, double width, double height) {
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(title);
        window.setScene(new Scene(content, width, height));
        if (content instanceof Guarded guarded) {
            window.setOnCloseRequest(e -> {
                if (guarded.unsaved() && !closeAnyway(window)) {
                    e.consume();
                }
            });
        }
        window.show();
        return window;
    }

    private static boolean closeAnyway(Window window) {
        ButtonType close = new ButtonType("Close without saving", ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType("Keep it open", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                "This unit has changes that are not saved to your units folder. Close the window and lose them?", close, stay);
        ask.initOwner(window);
        ask.setHeaderText("The unit is not saved");
        ask.getDialogPane().lookupButton(stay).setId("unitKeepOpen");
        ask.getDialogPane().lookupButton(close).setId("unitCloseAnyway");
        return ask.showAndWait().filter(close::equals).isPresent();
    }
}
