package ers.ui.verify;

import ers.home.AppHome;
import ers.json.InvalidFileException;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.files.PortfolioFile;
import ers.portfolio.seal.TrustList;
import ers.ui.ReadOnlySheet;
import ers.ui.work.WaitingWork;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The window verifier mode opens in: the whole screen, since the sheet is what a verifier is there to read. */
public final class VerifierWindow {

    private VerifierWindow() {
    }

    /** Opens {@code file} for verification in a new window over {@code owner}. */
    public static void open(Window owner, Path file, TrustList trust, WaitingWork waiting) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        show(stage, file, trust, waiting);
    }

    /**
     * Shows {@code file} for verification in {@code stage}; a file that cannot be read is explained there.
     *
     * @param waiting reads the file and saves what the verifier adds while the window waits without freezing
     */
    public static void show(Stage stage, Path file, TrustList trust, WaitingWork waiting) {
        stage.titleProperty().unbind();
        stage.setTitle("Verify " + file.getFileName() + " \u2014 Evidence Record Sheets");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        try {
            Portfolio portfolio = waiting.run("Opening " + file.getFileName() + "…", () -> PortfolioReader.read(file));
            VerifierModel model = new VerifierModel(portfolio, PortfolioFile.asItIs(file), trust, waiting);
            VerifierView[] view = new VerifierView[1];
            ReadOnlySheet sheet = new ReadOnlySheet(portfolio, file, stage,
                    AppHome.fromEnvironment().root().resolve("recent-files.txt"), m -> view[0].say(m));
            view[0] = new VerifierView(model, sheet, Clock.systemDefaultZone(), () -> chooseReport(stage, file));
            view[0].say(portfolio.candidate().name() + ", " + portfolio.qualification() + ": opened read-only from " + file);
            Scene scene = new Scene(view[0], screen.getWidth(), screen.getHeight());
            // The editor's look for the grid it shares, and the marks of what has been sampled.
            scene.getStylesheets().addAll(ReadOnlySheet.class.getResource("editor.css").toExternalForm(),
                    VerifierWindow.class.getResource("verifier.css").toExternalForm());
            stage.setScene(scene);
        } catch (InvalidFileException | IOException e) {
            TextArea problems = new TextArea(e.getMessage());
            problems.setId("verifierProblems");
            problems.setEditable(false);
            BorderPane root = new BorderPane(problems);
            root.setBottom(new Label(file + " cannot be opened for verification."));
            stage.setScene(new Scene(root, 900, 500));
        }
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setMaximized(true);
        stage.show();
    }

    private static Path chooseReport(Window owner, Path file) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export verification report");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName(file.getFileName().toString().replace(".ers.json", "") + "-verification.pdf");
        File chosen = chooser.showSaveDialog(owner);
        return chosen == null ? null : chosen.toPath();
    }
}
