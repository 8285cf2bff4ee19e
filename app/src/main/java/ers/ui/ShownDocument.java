package ers.ui;

import ers.portfolio.Portfolio;
import ers.portfolio.edit.EditHistory;
import ers.portfolio.seal.Notices;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The portfolio the editor shows, its file and its undo history, and what follows from them:
 * whether the work is unsaved, what Undo and Redo say and whether they are offered, and the
 * window title. The unsaved work is told of every change to the saved state.
 */
final class ShownDocument {

    private static final String APP_NAME = "Evidence Record Sheets";

    private final UnsavedWork unsavedWork;
    private final BooleanSupplier fileReadOnly;
    private final Consumer<String> say;

    private EditHistory history;
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

    /**
     * @param fileReadOnly whether the file is open read-only here, which the title says
     * @param say puts what Undo and Redo did on the status line
     */
    ShownDocument(UnsavedWork unsavedWork, BooleanSupplier fileReadOnly, Consumer<String> say) {
        this.unsavedWork = unsavedWork;
        this.fileReadOnly = fileReadOnly;
        this.say = say;
    }

    ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return portfolio.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** False until a portfolio is first shown. */
    boolean isOpen() {
        return history != null;
    }

    /** The portfolio with every edit made so far; only when {@link #isOpen()}. */
    Portfolio current() {
        return history.current();
    }

    Path file() {
        return file.get();
    }

    String documentName() {
        Path f = file.get();
        return f == null ? "Untitled" : f.getFileName().toString();
    }

    boolean hasUnsavedChanges() {
        return history != null && history.hasUnsavedChanges();
    }

    /** Shows another portfolio with a history of its own; {@code saved} when it is as its file holds it. */
    void show(Portfolio p, Path path, boolean saved) {
        // Views start afresh on another document, even where its units have the same ids as the last one's.
        portfolio.set(null);
        history = new EditHistory(p, saved);
        file.set(path);
        refresh();
        if (saved) {
            unsavedWork.clean();
        }
    }

    /** Records an edit as a step Undo can take back, unless it signed, reopened or voided. */
    void push(Portfolio before, Portfolio after, String description) {
        history.push(before, after, description);
        Notices.undoStop(before, after, description).ifPresent(why -> undoStop = why);
        changed();
    }

    /** The work was saved to {@code target}, which is now its file. */
    void saved(Path target) {
        history.markSaved();
        file.set(target);
        refresh();
        unsavedWork.clean();
    }

    /** @return why Undo stops here, when it does */
    Optional<String> undo() {
        if (history != null && history.atBarrier()) {
            return Optional.of(undoStop);
        }
        if (history != null && history.canUndo()) {
            String what = history.undoDescription().orElse("the last change");
            history.undo();
            changed();
            say.accept("Undone: " + what + ". Redo with Ctrl+Y.");
        }
        return Optional.empty();
    }

    void redo() {
        if (history != null && history.canRedo()) {
            String what = history.redoDescription().orElse("the change");
            history.redo();
            changed();
            say.accept("Redone: " + what + ".");
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
        title.set((unsaved.get() ? "* " : "") + documentName() + (fileReadOnly.getAsBoolean() ? " [read-only]" : "")
                + " — " + APP_NAME);
    }
}
