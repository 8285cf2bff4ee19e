package ers.ui;

import ers.json.InvalidFileException;
import ers.portfolio.Portfolio;
import ers.portfolio.files.EditLock;
import ers.portfolio.files.LockHolder;
import ers.portfolio.files.Outputs;
import ers.portfolio.files.PortfolioFile;
import ers.ui.work.WaitingWork;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The file the editor has open and every check before a save replaces a file: another editor
 * may have it open (a lock says who), or may have saved it since this one read it (its size, time
 * and digest say so); the user is told and chooses. Nothing here replaces a file unasked.
 */
final class FileSaves {

    /** What the editor does after a save was asked for. */
    enum Outcome { SAVED, SAVE_ELSEWHERE, RELOAD }

    private final DialogService dialogs;
    private final Supplier<String> documentName;
    private final WaitingWork waiting;
    private final Clock clock = Clock.systemDefaultZone();
    private PortfolioFile open;
    private boolean readOnly;
    private String note = "";

    FileSaves(DialogService dialogs, Supplier<String> documentName, WaitingWork waiting) {
        this.dialogs = dialogs;
        this.documentName = documentName;
        this.waiting = waiting;
    }

    /** Opened while another editor had it open: saving goes to another file unless the user insists. */
    boolean readOnly() {
        return readOnly;
    }

    /**
     * Takes the lock of a file about to be shown; when another editor has it, asks. True to
     * edit, false for read-only, empty when the user would rather not open it.
     */
    Optional<Boolean> lockToOpen(PortfolioFile file) {
        if (open != null && open.isSameFile(file.path()) && open.lock().isPresent()) {
            file.adopt(open.handOverLock().orElseThrow());
            note = "";
            return Optional.of(true);
        }
        EditLock.Attempt attempt = EditLock.take(file.path(), System.getProperty("user.name"), clock);
        if (attempt instanceof EditLock.Taken taken) {
            file.adopt(taken.lock());
            note = "";
            return Optional.of(true);
        }
        if (attempt instanceof EditLock.InUse inUse) {
            String who = who(inUse.holder());
            return switch (dialogs.askFileInUse(file.path().getFileName().toString(), who)) {
                case READ_ONLY -> {
                    note = " read-only: it is open in " + who + ". Save As keeps your changes in another file";
                    yield Optional.of(false);
                }
                case EDIT_ANYWAY -> {
                    note = "; it is also open in " + who + ", and whichever of you saves second will be asked";
                    yield Optional.of(true);
                }
                case CANCEL -> Optional.empty();
            };
        }
        note = "; other editors cannot be told it is open here: " + ((EditLock.Unavailable) attempt).why();
        return Optional.of(true);
    }

    /** The file now shown (null for a portfolio never saved); the one before is let go, and its lock. */
    void replace(PortfolioFile next, boolean nextReadOnly) {
        if (open != null && open != next) {
            closeQuietly(open);
        }
        open = next;
        readOnly = nextReadOnly;
        if (next == null) {
            note = "";
        }
    }

    /** Recovered work of {@code original}, which it replaces only when saved: the file is taken as it is now. */
    PortfolioFile forRestore(Path original) {
        try {
            PortfolioFile file = PortfolioFile.asItIs(original);
            lockToOpen(file);
            return file;
        } catch (IOException e) {
            return null;
        }
    }

    String openedMessage(Path file) {
        return file == null ? "New portfolio: save it with Ctrl+S." : "Opened " + file + note + ".";
    }

    /**
     * Shows the file as another editor saved it in place of {@code work}, which is kept aside
     * first; if it cannot be kept, nothing is reloaded.
     */
    void reloadKeeping(Portfolio work, Path file, UnsavedWork keeper, Consumer<Portfolio> show) {
        String name = documentName.get();
        Path kept;
        try {
            kept = keeper.keepAside(work, file);
        } catch (IOException e) {
            dialogs.showError("Cannot reload " + name, "Your changes could not be kept aside in the recovery folder: "
                    + SaveProblem.why(e, file.toAbsolutePath().getParent(), "the disk reported an error.")
                    + " The file was not reloaded. Save your changes as another file instead.");
            return;
        }
        try {
            show.accept(waiting.run("Reloading " + name + "…", open::reload));
        } catch (InvalidFileException e) {
            dialogs.showProblems("Cannot reload " + name, "The file as it now is cannot be opened; your work stays"
                    + " open, and a copy of it is kept at " + kept + ".", e.problems());
            return;
        }
        dialogs.showInfo("Reloaded " + name, "The file is open as it was last saved. Your changes are kept at "
                + kept + ": open that file to look at them, or restore them when the editor next starts.");
    }

    /**
     * Saves {@code portfolio} to {@code target} after the checks; empty when nothing was saved
     * (the user went back, or the save failed and was explained).
     */
    Optional<Outcome> save(Portfolio portfolio, Path target) {
        boolean own = open != null && open.isSameFile(target);
        String name = target.getFileName().toString();
        if (!own) {
            Optional<String> refused = Outputs.of(target, Outputs.Kind.PORTFOLIO).refusal();
            if (refused.isPresent()) {
                dialogs.showError("Cannot save as " + name, target + " " + refused.get() + ". Choose another name.");
                return Optional.empty();
            }
        }
        EditLock lock = null;
        if (!own || open.lock().isEmpty()) {
            EditLock.Attempt attempt = EditLock.take(target, System.getProperty("user.name"), clock);
            // Who chose to edit anyway was asked once; a read-only file saved onto itself, or another open file, is asked now.
            boolean asked = own && !readOnly;
            if (attempt instanceof EditLock.InUse inUse && !asked && !dialogs.confirm("Save over " + name + "?", name
                    + " is open in " + who(inUse.holder()) + ". Saving now replaces what is in the file; that editor"
                    + " will be asked what to do when it next saves.\n\nSave over it anyway?")) {
                return Optional.empty();
            }
            lock = attempt instanceof EditLock.Taken taken ? taken.lock() : null;
        }
        try {
            String saving = "Saving " + name + "…";
            if (!own) {
                EditLock taken = lock;
                replace(waiting.run(saving, () -> PortfolioFile.create(target, portfolio, taken)), false);
                return Optional.of(Outcome.SAVED);
            }
            if (lock != null) {
                open.adopt(lock);
            }
            Optional<String> changed = waiting.run(saving, open::changedOnDisk);
            if (changed.isPresent()) {
                switch (dialogs.askChangedOnDisk(documentName.get(), changed.get())) {
                    case RELOAD -> {
                        return Optional.of(Outcome.RELOAD);
                    }
                    case SAVE_AS -> {
                        return Optional.of(Outcome.SAVE_ELSEWHERE);
                    }
                    case CANCEL -> {
                        return Optional.empty();
                    }
                    case OVERWRITE -> {
                    }
                }
            }
            waiting.run(saving, () -> {
                open.write(portfolio);
                return null;
            });
            readOnly = false;
            return Optional.of(Outcome.SAVED);
        } catch (IOException e) {
            if (!own && lock != null) {
                closeQuietly(lock);
            }
            dialogs.showError("Cannot save " + name, "The portfolio was not saved to " + target + ": "
                    + SaveProblem.explain(e, target)
                    + "\nYour work is still open: save it somewhere else with Save As (Ctrl+Shift+S).");
            return Optional.empty();
        }
    }

    private static void closeQuietly(AutoCloseable closing) {
        try {
            closing.close();
        } catch (Exception e) {
            // A lock file left behind is taken over by the next editor to open the portfolio.
        }
    }

    private static String who(LockHolder holder) {
        return holder.isThisProcess() ? "another window of this editor" : "another editor: " + holder.describe();
    }
}
