package ers.ui.sign;

import ers.json.InvalidFileException;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.seal.TrustList;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A window on a portfolio opened for verification: read-only; the internal verifier's initials,
 * the one thing that may be added, are saved to the file at once, since nothing else can change.
 */
public final class VerifierWindow {

    private VerifierWindow() {
    }

    /** Opens {@code file} for verification in a new window over {@code owner}. */
    public static void open(Window owner, Path file, TrustList trust) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        show(stage, file, trust);
    }

    /** Shows {@code file} for verification in {@code stage}; a file that cannot be read is explained there. */
    public static void show(Stage stage, Path file, TrustList trust) {
        stage.setTitle("Verify " + file.getFileName() + " — Evidence Record Sheets");
        Label status = new Label();
        status.setId("verifierStatus");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        BorderPane root = new BorderPane();
        try {
            Portfolio portfolio = PortfolioReader.read(file);
            VerifierView[] view = new VerifierView[1];
            view[0] = new VerifierView(Clock.systemDefaultZone(), trust, changed -> {
                try {
                    PortfolioWriter.save(changed, file);
                    view[0].portfolioProperty().set(changed);
                    status.setText("Initials added and saved to " + file + ".");
                } catch (IOException e) {
                    status.setText("The initials were not saved: " + file + ": " + e.getMessage());
                }
            });
            view[0].portfolioProperty().set(portfolio);
            status.setText(portfolio.candidate().name() + ", " + portfolio.qualification() + ": opened read-only from " + file);
            root.setCenter(view[0]);
        } catch (InvalidFileException e) {
            TextArea problems = new TextArea(e.getMessage());
            problems.setId("verifierProblems");
            problems.setEditable(false);
            root.setCenter(problems);
            status.setText(file + " cannot be opened for verification.");
        }
        root.setBottom(status);
        stage.setScene(new Scene(root, 1150, 720));
        stage.show();
    }
}
