package ers.ui;

import ers.portfolio.Portfolio;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.TextRules;
import ers.spec.UnitCatalog;
import ers.ui.work.WaitingWork;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The editor's state: the open portfolio, its file, its undo history, and the window title that
 * follows them. Views bind to the read-only properties and change the portfolio only through
 * {@link #apply(Edit)}; every question to the user goes through the {@link DialogService}.
 * The state itself is {@link ShownDocument}'s, the edits pass through {@link EditGate}, and the
 * files are opened and saved by {@link DocumentFiles}.
 */
public final class EditorModel {

    private final DialogService dialogs;
    private final Supplier<UnitCatalog> catalog;
    private final WaitingWork waiting;
    private final ShownDocument document;
    private final EditGate edits;
    private final DocumentFiles files;

    private boolean readOnly;
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
        this.waiting = waiting;
        FileSaves saves = new FileSaves(dialogs, this::documentName, waiting);
        this.document = new ShownDocument(unsavedWork, saves::readOnly, this::say);
        this.edits = new EditGate(dialogs, document, this::say);
        this.files = new DocumentFiles(dialogs, catalog, recent, unsavedWork, saves, waiting, document, this::say,
                this::offerOnOpening);
    }

    public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return document.portfolioProperty();
    }

    public Portfolio portfolio() {
        return document.portfolioProperty().get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return document.fileProperty();
    }

    public ReadOnlyBooleanProperty unsavedProperty() {
        return document.unsavedProperty();
    }

    /** Whether Undo is offered: it takes an edit back, or explains that a signature stops it. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return document.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return document.canRedoProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return document.undoTextProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return document.redoTextProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return document.titleProperty();
    }

    public ReadOnlyObjectProperty<List<Path>> recentFilesProperty() {
        return files.recentFilesProperty();
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

    /** What may be typed into each field: the cells ask before they commit, and every edit is checked again. */
    public TextRules textRules() {
        return edits.textRules();
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
        return document.documentName();
    }

    public void newPortfolio() {
        files.newPortfolio();
    }

    public void openChosen() {
        files.openChosen();
    }

    /** Opens a file, after asking about unsaved work; a broken file is explained and the current work stays. */
    public boolean open(Path path) {
        return files.open(path);
    }

    /** Opens the file given on the command line, which was read ahead while the window was built. */
    void open(Path path, ReadAhead readAhead) {
        files.open(path, readAhead);
    }

    private void offerOnOpening() {
        OpeningOffers.newerSpecs(document.current(), catalog.get(), dialogs, this::apply);
        if (!readOnly && !files.readOnly()) {
            OpeningOffers.merges(document.current(), edits.signing(), dialogs, edit -> apply(edit, false));
        }
    }

    /**
     * A model that shows {@code portfolio} and refuses every edit: what verifier mode reads from,
     * so that no click or key in its grid can change the sheet. It adds nothing to the recent files.
     */
    public static EditorModel readOnly(Portfolio portfolio, Path file, DialogService dialogs, RecentFiles recent) {
        EditorModel model = new EditorModel(dialogs, UnitCatalog::bundledOnly, recent, UnsavedWork.NONE);
        model.files.show(portfolio, file, true);
        model.readOnly = true;
        return model;
    }

    /** What a read-only model shows next: the same file after a verifier added to it. */
    void replaceReadOnly(Portfolio portfolio) {
        if (readOnly) {
            files.show(portfolio, document.file(), true);
        }
    }

    /** Shows recovered work: it belongs to {@code original} but differs from it, so it starts unsaved. */
    public void restore(Portfolio recovered, Path original) {
        files.restore(recovered, original);
    }

    /**
     * Applies an edit and says whether it did; one that does not apply is explained and changes nothing. One that would
     * void valid signatures first says whose and why, and changes nothing unless the user agrees.
     */
    public boolean apply(Edit edit) {
        return apply(edit, true);
    }

    private boolean apply(Edit edit, boolean askBeforeVoiding) {
        return !readOnly && edits.apply(edit, askBeforeVoiding);
    }

    /** Undoes the last edit, or says why it cannot: a signature, reopening or voiding is final. */
    public Optional<String> undo() {
        return document.undo();
    }

    public void redo() {
        document.redo();
    }

    /** Saves to the file, unless it is read-only here; a file changed on disk since is not replaced unasked. */
    public boolean save() {
        return files.save();
    }

    public boolean saveAs() {
        return files.saveAs();
    }

    /** What the status line says when a file is shown. */
    public String openedMessage() {
        return files.openedMessage();
    }

    /** The editor is going: its lock on the file goes too. */
    public void release() {
        files.release();
    }

    /**
     * Asks once what to do with unsaved work before it would be replaced or closed.
     * True when it is safe to go on.
     */
    public boolean settleUnsaved() {
        return files.settleUnsaved();
    }

    /** The window is closing: true if it may, after the unsaved work was saved or thrown away. */
    public boolean close() {
        return files.close();
    }
}
