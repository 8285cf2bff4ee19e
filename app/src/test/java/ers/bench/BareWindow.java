package ers.bench;

import ers.ui.FirstFrame;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The yardstick of the start-up benchmark (scripts/bench-startup.sh): the least a JavaFX window
 * like the editor's can be, a menu bar over an empty table, reporting its first frame the way the
 * editor does.
 */
public final class BareWindow {

    private BareWindow() {
    }

    /** Not an Application itself, so that it starts from the classpath as the editor does. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            TableView<String> table = new TableView<>();
            table.getColumns().add(new TableColumn<String, String>("Evidence"));
            BorderPane root = new BorderPane(table);
            root.setTop(new MenuBar(new Menu("File"), new Menu("Edit"), new Menu("Help")));
            stage.setScene(new Scene(root, 1280, 720));
            stage.setTitle("Bare window");
            stage.show();
            FirstFrame.reportIfAsked();
        }
    }
}
