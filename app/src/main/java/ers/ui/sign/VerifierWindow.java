package ers.ui.sign;

import ers.json.InvalidFileException;
import ers.portfolio.Portfolio;
import ers.portfolio.files.Outputs;
import ers.portfolio.files.PortfolioFile;
import ers.portfolio.seal.TrustList;
import ers.ui.DialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
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
    public static void open(Window owner, Path file, TrustList trust, DialogService dialogs) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        show(stage, file, trust, dialogs);
    }

    /** Shows {@code file} for verification in {@code stage}; a file that cannot be read is explained there. */
    public static void show(Stage stage, Path file, TrustList trust, DialogService dialogs) {
        stage.setTitle("Verify " + file.getFileName() + " — Evidence Record Sheets");
        Label status = new Label();
        status.setId("verifierStatus");
        status.getStyleClass().add("status-line");
        status.setMaxWidth(Double.MAX_VALUE);
        BorderPane root = new BorderPane();
        try {
            PortfolioFile.Opened opened = PortfolioFile.open(file);
            VerifierView[] view = new VerifierView[1];
            view[0] = new VerifierView(Clock.systemDefaultZone(), trust,
                    changed -> status.setText(saveInitials(opened.file(), changed, view[0], dialogs)));
            view[0].portfolioProperty().set(opened.portfolio());
            status.setText(opened.portfolio().candidate().name() + ", " + opened.portfolio().qualification()
                    + ": opened read-only from " + file);
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

    /**
     * Saves the initials at once, unless the file changed on disk since it was read here: then the
     * verifier chooses, as in the editor. Returns what the status line says.
     */
    private static String saveInitials(PortfolioFile file, Portfolio changed, VerifierView view, DialogService dialogs) {
        Path path = file.path();
        try {
            Optional<String> moved = file.changedOnDisk();
            if (moved.isPresent()) {
                switch (dialogs.askChangedOnDisk(path.getFileName().toString(), moved.get())) {
                    case RELOAD -> {
                        view.portfolioProperty().set(file.reload());
                        return "Reloaded " + path + " as it now is; the initials were not saved: add them again.";
                    }
                    case SAVE_AS -> {
                        return saveElsewhere(path, changed, dialogs);
                    }
                    case CANCEL -> {
                        return "The initials were not saved: " + path + " " + moved.get() + ".";
                    }
                    case OVERWRITE -> {
                    }
                }
            }
            file.write(changed);
            view.portfolioProperty().set(changed);
            return "Initials added and saved to " + path + ".";
        } catch (InvalidFileException e) {
            return "The initials were not saved: " + path + " cannot be read again: " + e.getMessage();
        } catch (IOException e) {
            return "The initials were not saved: " + path + ": " + e.getMessage();
        }
    }

    private static String saveElsewhere(Path path, Portfolio changed, DialogService dialogs) throws IOException {
        Optional<Path> target = dialogs.chooseFileToSave("Save the verified portfolio as", path.getFileName().toString(),
                ".ers.json");
        if (target.isEmpty()) {
            return "The initials were not saved.";
        }
        Optional<String> refused = Outputs.of(target.get(), Outputs.Kind.PORTFOLIO).notOver("the file opened here", path)
                .refusal();
        if (refused.isPresent()) {
            return "The initials were not saved: " + target.get() + " " + refused.get() + ".";
        }
        PortfolioFile.create(target.get(), changed, null);
        return "Initials added and saved to " + target.get() + "; " + path + " is as the other editor saved it.";
    }
}
