package ers.ui;

import ers.home.AppHome;
import ers.portfolio.seal.TrustList;
import ers.ui.verify.VerifierWindow;
import ers.ui.work.WaitingWork;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/** The editor application: one window, opened on the file given on the command line if any. */
public final class EditorApp extends Application {

    private static Path initialFile;
    private static ReadAhead initialRead;
    private static boolean forVerification;
    private Editor editor;

    public static void launchWith(Path file) {
        initialFile = file;
        initialRead = file == null ? null : ReadAhead.start(file);
        Application.launch(EditorApp.class);
    }

    /** Opens {@code file} read-only for verification, without the editor. */
    public static void launchForVerification(Path file) {
        initialFile = file;
        forVerification = true;
        Application.launch(EditorApp.class);
    }

    @Override
    public void start(Stage stage) {
        if (forVerification) {
            VerifierWindow.show(stage, initialFile, new TrustList(AppHome.fromEnvironment().trusted()),
                    WaitingWork.onOwnThreads());
            return;
        }
        editor = new Editor(stage, AppHome.fromEnvironment(), FxDialogService::new);
        // A fault in the window must not cost the assessor their work: it is copied at once and reported.
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            editor.flushRecovery();
            editor.window().say(Faults.logged(error, "Your unsaved work is kept in the recovery copy; save it,"
                    + " then restart the editor."));
        });
        editor.show(initialFile, initialRead);
        FirstFrame.reportIfAsked();
        Platform.runLater(editor::offerRecovery);
    }

    @Override
    public void stop() {
        if (editor != null) {
            editor.shutdown();
        }
    }
}
