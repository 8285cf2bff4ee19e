package ers.ui.overview;

import ers.portfolio.Portfolio;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The Overview in a window of its own beside the editor, following every change to the portfolio. */
public final class OverviewWindow {

    private final Stage stage = new Stage();

    public OverviewWindow(Window owner, ObservableValue<Portfolio> portfolio, Consumer<String> openUnit) {
        stage.initOwner(owner);
        stage.setTitle("Overview — Evidence Record Sheets");
        OverviewView view = new OverviewView(new OverviewModel(portfolio, Clock.systemDefaultZone()), id -> {
            openUnit.accept(id);
            owner.requestFocus();
        });
        Scene scene = new Scene(view, 1180, 640);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
