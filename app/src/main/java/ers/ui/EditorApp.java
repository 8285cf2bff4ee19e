package ers.ui;

import ers.json.InvalidFileException;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The editor window. */
public final class EditorApp extends Application {

    private static Path initialFile;

    public static void launchWith(Path file) {
        initialFile = file;
        Application.launch(EditorApp.class);
    }

    @Override
    public void start(Stage stage) {
        BorderPane root = new BorderPane();
        ListView<String> units = new ListView<>();
        units.setId("unitList");
        root.setLeft(units);
        Label status = new Label("No portfolio open");
        root.setBottom(status);
        if (initialFile != null) {
            try {
                Portfolio portfolio = PortfolioReader.read(initialFile);
                for (PortfolioUnit unit : portfolio.units()) {
                    units.getItems().add(unit.spec().code() + "  " + unit.spec().title());
                }
                status.setText(portfolio.candidate().name() + " — " + portfolio.qualification());
            } catch (InvalidFileException e) {
                status.setText(e.getMessage());
            }
        }
        stage.setTitle("Evidence Record Sheets");
        stage.setScene(new Scene(root, 1100, 700));
        stage.show();
    }
}
