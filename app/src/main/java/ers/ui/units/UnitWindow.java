package ers.ui.units;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The unit windows open beside the main window, sized for a 1366x768 laptop. */
public final class UnitWindow {

    private UnitWindow() {
    }

    public static Stage open(Window owner, String title, Parent content, double width, double height) {
        Stage window = new Stage();
        window.initOwner(owner);
        window.setTitle(title);
        window.setScene(new Scene(content, width, height));
        window.show();
        return window;
    }
}
