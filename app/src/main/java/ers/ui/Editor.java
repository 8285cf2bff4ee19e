package ers.ui;

import ers.home.AppHome;
import ers.ui.panes.Settings;
import ers.portfolio.Portfolio;
import ers.portfolio.UkDates;
import ers.portfolio.recovery.Autosaver;
import ers.portfolio.recovery.Recovered;
import ers.portfolio.recovery.RecoverySession;
import ers.portfolio.recovery.RecoveryStore;
import ers.portfolio.seal.TrustList;
import ers.spec.UnitCatalog;
import ers.ui.work.WaitingWork;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One editor in its window, wired to the user's folder: the unit catalogue, recent files, and a
 * recovery session whose copy follows unsaved work. The application and the window tests build
 * it the same way; tests pass their own dialogs.
 */
public final class Editor {

    /** How long unsaved work waits before it is copied: at most this much is lost in a crash. */
    public static final long AUTOSAVE_DELAY_MILLIS = 1500;
    private static final Logger LOG = LoggerFactory.getLogger(Editor.class);

    private final Stage stage;
    private final AppHome home;
    private final EditorModel model;
    private final MainWindow window;
    private final RecoveryStore recovery;
    private final RecoverySession session;
    private final Autosaver autosaver;

    public Editor(Stage stage, AppHome home, Function<Window, DialogService> dialogs) {
        this(stage, home, dialogs, WaitingWork.onOwnThreads());
    }

    /** @param waiting where files are read and written, keys made and sheets signed while the window waits */
    public Editor(Stage stage, AppHome home, Function<Window, DialogService> dialogs, WaitingWork waiting) {
        this.stage = stage;
        this.home = home;
        this.recovery = new RecoveryStore(home.recovery());
        RecoverySession started;
        try {
            started = recovery.startSession();
        } catch (IOException e) {
            LOG.warn("no recovery session in {}", home.recovery(), e);
            started = null;
        }
        this.session = started;
        MainWindow[] shown = new MainWindow[1];
        this.autosaver = session == null ? null : new Autosaver(session, AUTOSAVE_DELAY_MILLIS,
                e -> Platform.runLater(() -> shown[0].say(logged(e, "At " + UkDates.timeOnDate(Instant.now())
                        + " your unsaved work could not be copied to the recovery folder: "
                        + SaveProblem.why(e, home.recovery(), "the disk reported an error.")
                        + " Save your work soon."))));
        this.model = new EditorModel(dialogs.apply(stage), () -> UnitCatalog.load(home.units()),
                new RecentFiles(home.root().resolve("recent-files.txt")), unsavedWork(), waiting);
        this.window = new MainWindow(stage, model, new TrustList(home.trusted()), Settings.load(home.settings()));
        shown[0] = window;
        if (session == null) {
            window.say("Unsaved work cannot be kept safe: the folder " + home.recovery()
                    + " cannot be written. Save often.");
        }
    }

    /**
     * Shows the window, with {@code file} open if one is given ({@code readAhead} has read it while
     * the window was built). A file opens on its Overview: chosen before the first frame, the sheets
     * page is not styled and laid out until the user goes to it.
     */
    void show(Path file, ReadAhead readAhead) {
        if (file != null) {
            window.showOverview();
        }
        stage.show();
        if (file != null) {
            model.open(file, readAhead);
        }
    }

    public EditorModel model() {
        return model;
    }

    public MainWindow window() {
        return window;
    }

    public AppHome home() {
        return home;
    }

    /** What the status line says of a failure, also written to the log with its cause. */
    private static String logged(Exception e, String words) {
        LOG.warn("{}", words, e);
        return words;
    }

    private UnsavedWork unsavedWork() {
        if (autosaver == null) {
            return UnsavedWork.NONE;
        }
        return new UnsavedWork() {
            @Override
            public void unsaved(Portfolio portfolio, Path file) {
                autosaver.changed(portfolio, file);
            }

            @Override
            public void clean() {
                autosaver.saved();
            }

            @Override
            public Path keepAside(Portfolio portfolio, Path file) throws IOException {
                return recovery.keep(portfolio, file);
            }
        };
    }

    /** Offers, one by one, the work other editors left unsaved when they stopped. */
    public void offerRecovery() {
        for (Recovered left : recovery.orphans()) {
            switch (model.dialogs().askRecover(left)) {
                case RESTORE -> {
                    if (model.settleUnsaved()) {
                        model.restore(left.portfolio().orElseThrow(), left.original());
                        discard(left);
                        window.say("Restored the work kept at " + UkDates.timeOnDate(left.savedAt()) + ". Check it, then save.");
                    }
                }
                case DISCARD -> discard(left);
                case KEEP_FOR_LATER -> {
                }
            }
        }
    }

    private void discard(Recovered left) {
        try {
            recovery.discard(left);
        } catch (IOException e) {
            window.say(logged(e, "The recovery copy kept at " + UkDates.timeOnDate(left.savedAt())
                    + " could not be deleted: " + SaveProblem.why(e, left.copy().getParent(),
                    "the disk reported an error.") + " It will be offered again at the next start."));
        }
    }

    /** Writes what is pending now; the work is safe on disk when this returns. */
    public void flushRecovery() {
        if (autosaver != null) {
            autosaver.flush();
        }
    }

    /** After a clean close: the recovery copy and the session's lock go. */
    public void shutdown() {
        window.saveLayout();
        model.release();
        if (autosaver != null) {
            autosaver.close();
        }
        if (session != null) {
            try {
                session.close();
            } catch (IOException e) {
                // The next start would offer the copy; better than losing it.
                LOG.warn("could not close the recovery session", e);
            }
        }
    }
}
