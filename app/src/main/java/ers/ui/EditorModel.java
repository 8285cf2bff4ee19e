package ers.ui;

import ers.json.InvalidFileException;
import ers.portfolio.Portfolio;
import ers.portfolio.SpecDrift;
import ers.portfolio.edit.AdoptSpec;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.EditHistory;
import ers.portfolio.files.PortfolioFile;
import ers.portfolio.seal.LockedSheets;
import ers.portfolio.seal.SheetSigning;
import ers.spec.UnitCatalog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editor's state: the open portfolio, its file, its undo history, and the window title that
 * follows them. Views bind to the read-only properties and change the portfolio only through
 * {@link #apply(Edit)}; every question to the user goes through the {@link DialogService}.
 */
public final class EditorModel {

    static final String APP_NAME = "Evidence Record Sheets";
    static final String UNDO_BARRIER = "Signing cannot be undone; reopen the sheet to change it.";
    static final String EXTENSION = ".ers.json";

    private final DialogService dialogs;
    private final Supplier<UnitCatalog> catalog;
    private final RecentFiles recent;
    private final UnsavedWork unsavedWork;
    private final SheetSigning signing = new SheetSigning(Clock.systemDefaultZone());
    private final FileSaves files;

    private EditHistory history;
    private final ReadOnlyObjectWrapper<Portfolio> portfolio = new ReadOnlyObjectWrapper<>(this, "portfolio");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyObjectWrapper<List<Path>> recentFiles = new ReadOnlyObjectWrapper<>(this, "recentFiles");

    public EditorModel(DialogService dialogs, Supplier<UnitCatalog> catalog, RecentFiles recent,
                       UnsavedWork unsavedWork) {
        this.dialogs = dialogs;
        this.catalog = catalog;
        this.recent = recent;
        this.unsavedWork = unsavedWork;
        this.files = new FileSaves(dialogs, this::documentName);
        recentFiles.set(recent.files());
    }

    public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return portfolio.getReadOnlyProperty();
    }

    public Portfolio portfolio() {
        return portfolio.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    /** Whether Undo is offered: it takes an edit back, or explains that a signature stops it. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Path>> recentFilesProperty() {
        return recentFiles.getReadOnlyProperty();
    }

    public UnitCatalog catalog() {
        return catalog.get();
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** The name the title bar and questions use: the file name, or {@code Untitled}. */
    public String documentName() {
        Path f = file.get();
        return f == null ? "Untitled" : f.getFileName().toString();
    }

    public void newPortfolio() {
        if (!settleUnsaved()) {
            return;
        }
        dialogs.askNewPortfolio(catalog.get()).ifPresent(p -> {
            files.replace(null, false);
            show(p, null, false);
        });
    }

    public void openChosen() {
        if (settleUnsaved()) {
            dialogs.chooseFileToOpen().ifPresent(this::openSettled);
        }
    }

    /** Opens a file, after asking about unsaved work; a broken file is explained and the current work stays. */
    public boolean open(Path path) {
        return settleUnsaved() && openSettled(path);
    }

    private boolean openSettled(Path path) {
        PortfolioFile.Opened read;
        try {
            read = PortfolioFile.open(path);
        } catch (InvalidFileException e) {
            dialogs.showProblems("Cannot open " + path.getFileName(),
                    "This file cannot be opened as a portfolio. Nothing was changed; what was open stays open.",
                    e.problems());
            return false;
        }
        Optional<Boolean> editable = files.lockToOpen(read.file());
        if (editable.isEmpty()) {
            return false;
        }
        files.replace(read.file(), !editable.get());
        show(read.portfolio(), path, true);
        recent.add(path);
        recentFiles.set(recent.files());
        offerNewerSpecs();
        return true;
    }

    /**
     * Tells the user about every unit whose specification the application now offers in another
     * version, and adopts it only if they choose to; keeping the portfolio's copy changes nothing.
     */
    private void offerNewerSpecs() {
        for (SpecDrift drift : SpecDrift.between(history.current(), catalog.get())) {
            List<String> orphans = drift.orphanedMappings(history.current());
            String question = drift.summary() + ".\n\n" + (orphans.isEmpty()
                    ? "Using the new specification is a change you can undo, unless the sheet is signed: it voids"
                            + " the signatures, and that cannot be undone."
                    : "The new specification cannot be used until these ticks are removed: "
                            + String.join("; ", orphans) + ".");
            if (dialogs.askAdoptNewSpec(drift.embedded().code(), question) && orphans.isEmpty()) {
                apply(new AdoptSpec(drift));
            }
        }
    }

    /** Shows recovered work: it belongs to {@code original} but differs from it, so it starts unsaved. */
    public void restore(Portfolio recovered, Path original) {
        files.replace(original == null ? null : files.forRestore(original), false);
        show(recovered, original, false);
        unsavedWork.unsaved(recovered, original);
    }

    private void show(Portfolio p, Path path, boolean saved) {
        history = new EditHistory(p, saved);
        file.set(path);
        refresh();
        if (saved) {
            unsavedWork.clean();
        }
    }

    /** Applies an edit; one that does not apply is explained and changes nothing. */
    public void apply(Edit edit) {
        if (history == null) {
            return;
        }
        try {
            history.apply(new LockedSheets(edit, signing));
        } catch (IllegalArgumentException e) {
            dialogs.showError("Cannot " + edit.description(), e.getMessage());
            return;
        }
        changed();
    }

    /** Undoes the last edit, or says why it cannot: a signature, reopening or voiding is final. */
    public Optional<String> undo() {
        if (history != null && history.atBarrier()) {
            return Optional.of(UNDO_BARRIER);
        }
        if (history != null && history.canUndo()) {
            history.undo();
            changed();
        }
        return Optional.empty();
    }

    public void redo() {
        if (history != null && history.canRedo()) {
            history.redo();
            changed();
        }
    }

    private void changed() {
        refresh();
        if (history.hasUnsavedChanges()) {
            unsavedWork.unsaved(history.current(), file.get());
        } else {
            unsavedWork.clean();
        }
    }

    private void refresh() {
        portfolio.set(history.current());
        unsaved.set(history.hasUnsavedChanges());
        canUndo.set(history.canUndo() || history.atBarrier());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
        title.set((unsaved.get() ? "* " : "") + documentName() + (files.readOnly() ? " [read-only]" : "")
                + " — " + APP_NAME);
    }

    /** Saves to the file, unless it is read-only here; a file changed on disk since is not replaced unasked. */
    public boolean save() {
        if (history == null) {
            return false;
        }
        return file.get() == null || files.readOnly() ? saveAs() : saveTo(file.get());
    }

    public boolean saveAs() {
        if (history == null) {
            return false;
        }
        String suggested = file.get() != null ? file.get().getFileName().toString()
                : history.current().candidate().name().replaceAll("[^A-Za-z0-9]+", "-") + EXTENSION;
        return dialogs.chooseFileToSave("Save portfolio", suggested, EXTENSION).map(this::saveTo).orElse(false);
    }

    private boolean saveTo(Path target) {
        Optional<FileSaves.Outcome> outcome = files.save(history.current(), target);
        if (outcome.isEmpty()) {
            return false;
        }
        switch (outcome.get()) {
            case SAVED -> {
                history.markSaved();
                file.set(target);
                recent.add(target);
                recentFiles.set(recent.files());
                refresh();
                unsavedWork.clean();
                return true;
            }
            case SAVE_ELSEWHERE -> {
                return saveAs();
            }
            default -> {
                files.reloadKeeping(history.current(), file.get(), unsavedWork, p -> show(p, file.get(), true));
                return false;
            }
        }
    }

    /** What the status line says when a file is shown. */
    public String openedMessage() {
        return files.openedMessage(file.get());
    }

    /** The editor is going: its lock on the file goes too. */
    public void release() {
        files.replace(null, false);
    }

    /**
     * Asks once what to do with unsaved work before it would be replaced or closed.
     * True when it is safe to go on.
     */
    public boolean settleUnsaved() {
        if (history == null || !history.hasUnsavedChanges()) {
            return true;
        }
        return switch (dialogs.askUnsaved(documentName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    /** The window is closing: true if it may, after the unsaved work was saved or thrown away. */
    public boolean close() {
        if (!settleUnsaved()) {
            return false;
        }
        unsavedWork.clean();
        release();
        return true;
    }
}
