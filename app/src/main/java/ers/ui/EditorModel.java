package ers.ui;

import ers.json.InvalidFileException;
import ers.pdf.SheetFonts;
import ers.portfolio.Portfolio;
import ers.portfolio.UkDates;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.EditHistory;
import ers.portfolio.edit.EditRefused;
import ers.portfolio.edit.TextRules;
import ers.portfolio.files.PortfolioFile;
import ers.portfolio.seal.LockedSheets;
import ers.portfolio.seal.Notices;
import ers.portfolio.seal.SheetSigning;
import ers.spec.UnitCatalog;
import ers.ui.work.WaitingWork;
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
    static final String EXTENSION = ".ers.json";

    private final DialogService dialogs;
    private final Supplier<UnitCatalog> catalog;
    private final RecentFiles recent;
    private final UnsavedWork unsavedWork;
    private final SheetSigning signing = new SheetSigning(Clock.systemDefaultZone());
    private final FileSaves files;
    private final WaitingWork waiting;
    private final TextRules textRules = new TextRules(SheetFonts::canPrint);

    private EditHistory history;
    private boolean readOnly;
    /** Why Undo stops at the last signature, reopening or voiding, in words naming it. */
    private String undoStop = "";
    private final ReadOnlyObjectWrapper<Portfolio> portfolio = new ReadOnlyObjectWrapper<>(this, "portfolio");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyObjectWrapper<List<Path>> recentFiles = new ReadOnlyObjectWrapper<>(this, "recentFiles");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");

    public EditorModel(DialogService dialogs, Supplier<UnitCatalog> catalog, RecentFiles recent,
                       UnsavedWork unsavedWork) {
        this(dialogs, catalog, recent, unsavedWork, WaitingWork.onOwnThreads());
    }

    /** @param waiting runs the reading and writing of files, which the window waits for without freezing */
    public EditorModel(DialogService dialogs, Supplier<UnitCatalog> catalog, RecentFiles recent,
                       UnsavedWork unsavedWork, WaitingWork waiting) {
        this.dialogs = dialogs;
        this.catalog = catalog;
        this.recent = recent;
        this.unsavedWork = unsavedWork;
        this.waiting = waiting;
        this.files = new FileSaves(dialogs, this::documentName, waiting);
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

    /** What the status line says of the last thing done: plain words, UK dates and times. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Puts plain words on the status line. */
    public void say(String words) {
        // The same words twice (a second tick of the same kind) must still reach the status line.
        message.set(null);
        message.set(words);
    }

    private static String sentence(String description) {
        return description.isEmpty() ? description : Character.toUpperCase(description.charAt(0)) + description.substring(1);
    }

    /** What may be typed into each field: the cells ask before they commit, and every edit is checked again. */
    public TextRules textRules() {
        return textRules;
    }

    public UnitCatalog catalog() {
        return catalog.get();
    }

    public DialogService dialogs() {
        return dialogs;
    }

    /** What the window waits for without freezing: files read and written, keys made, sheets signed. */
    public WaitingWork waiting() {
        return waiting;
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
            say("New portfolio for " + p.candidate().name() + ": save it with Ctrl+S.");
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

    /** Opens the file given on the command line, which was read ahead while the window was built. */
    void open(Path path, ReadAhead readAhead) {
        openSettled(path, readAhead::get);
    }

    private boolean openSettled(Path path) {
        return openSettled(path, () -> PortfolioFile.open(path));
    }

    private boolean openSettled(Path path, WaitingWork.Job<PortfolioFile.Opened, InvalidFileException> reading) {
        PortfolioFile.Opened read;
        try {
            read = waiting.run("Opening " + path.getFileName() + "…", reading);
        } catch (InvalidFileException e) {
            dialogs.showProblems("Cannot open " + path.getFileName(), "This file cannot be opened as a portfolio."
                    + (history == null ? "" : " Nothing was changed; what was open stays open."), e.problems());
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
        OpeningOffers.newerSpecs(history.current(), catalog.get(), dialogs, this::apply);
        if (!readOnly && !files.readOnly()) {
            OpeningOffers.merges(history.current(), signing, dialogs, edit -> apply(edit, false));
        }
        return true;
    }

    /**
     * A model that shows {@code portfolio} and refuses every edit: what verifier mode reads from,
     * so that no click or key in its grid can change the sheet. It adds nothing to the recent files.
     */
    public static EditorModel readOnly(Portfolio portfolio, Path file, DialogService dialogs, RecentFiles recent) {
        EditorModel model = new EditorModel(dialogs, UnitCatalog::bundledOnly, recent, UnsavedWork.NONE);
        model.show(portfolio, file, true);
        model.readOnly = true;
        return model;
    }

    /** What a read-only model shows next: the same file after a verifier added to it. */
    void replaceReadOnly(Portfolio portfolio) {
        if (readOnly) {
            show(portfolio, file.get(), true);
        }
    }

    /** Shows recovered work: it belongs to {@code original} but differs from it, so it starts unsaved. */
    public void restore(Portfolio recovered, Path original) {
        files.replace(original == null ? null : files.forRestore(original), false);
        show(recovered, original, false);
        unsavedWork.unsaved(recovered, original);
    }

    private void show(Portfolio p, Path path, boolean saved) {
        // Views start afresh on another document, even where its units have the same ids as the last one's.
        portfolio.set(null);
        history = new EditHistory(p, saved);
        file.set(path);
        startChoosersBeside(path);
        refresh();
        if (saved) {
            unsavedWork.clean();
        }
    }

    /**
     * Applies an edit and says whether it did; one that does not apply is explained and changes nothing. One that would
     * void valid signatures first says whose and why, and changes nothing unless the user agrees.
     */
    public boolean apply(Edit edit) {
        return apply(edit, true);
    }

    /** @param askBeforeVoiding false when the question that led to the edit has named what it voids */
    private boolean apply(Edit edit, boolean askBeforeVoiding) {
        if (history == null || readOnly) {
            return false;
        }
        Portfolio before = history.current();
        Portfolio after;
        try {
            textRules.check(edit);
            after = new LockedSheets(edit, signing).applyTo(before);
        } catch (EditRefused e) {
            dialogs.showError("Cannot " + edit.description(), e.reason());
            return false;
        } catch (RuntimeException fault) {
            Faults.report(dialogs, "Cannot " + edit.description(), "Nothing was changed.", fault);
            return false;
        }
        if (after.equals(before)) {
            // A cell left as it was: no step to undo, nothing unsaved and nothing to report.
            return true;
        }
        List<Notices.Voided> voided = Notices.voidedBy(before, after);
        if (askBeforeVoiding && !voided.isEmpty() && !dialogs.confirm(voided.size() == 1 ? "Void a signature?"
                : "Void signatures?", Notices.voidQuestion(edit.description(), voided))) {
            return false;
        }
        history.push(before, after, edit.description());
        Notices.undoStop(before, after, edit.description()).ifPresent(why -> undoStop = why);
        changed();
        say(edit instanceof ers.portfolio.edit.Sign ? "Signatures updated: signing and reopening cannot be undone."
                : sentence(edit.description()) + "." + edit.alsoChanged(before) + " Undo with Ctrl+Z.");
        return true;
    }

    /** Undoes the last edit, or says why it cannot: a signature, reopening or voiding is final. */
    public Optional<String> undo() {
        if (history != null && history.atBarrier()) {
            return Optional.of(undoStop);
        }
        if (history != null && history.canUndo()) {
            String what = history.undoDescription().orElse("the last change");
            history.undo();
            changed();
            say("Undone: " + what + ". Redo with Ctrl+Y.");
        }
        return Optional.empty();
    }

    public void redo() {
        if (history != null && history.canRedo()) {
            String what = history.redoDescription().orElse("the change");
            history.redo();
            changed();
            say("Redone: " + what + ".");
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

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
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

    private void startChoosersBeside(Path document) {
        Path folder = document == null ? null : document.toAbsolutePath().getParent();
        if (folder != null) {
            dialogs.startIn(folder);
        }
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
                startChoosersBeside(target);
                recent.add(target);
                recentFiles.set(recent.files());
                refresh();
                unsavedWork.clean();
                say("Saved " + target.getFileName() + " in " + folderOf(target) + " at "
                        + UkDates.timeOnDate(java.time.Instant.now()) + ".");
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
