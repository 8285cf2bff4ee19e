package ers.ui;

import ers.json.InvalidFileException;
import ers.portfolio.Portfolio;
import ers.portfolio.UkDates;
import ers.portfolio.files.PortfolioFile;
import ers.spec.UnitCatalog;
import ers.ui.work.WaitingWork;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What puts a portfolio in the editor or takes it out: new, opened, recovered, saved or closed,
 * with unsaved work settled first, the recent files kept and the file choosers starting beside the
 * document. The checks before a file is replaced are {@link FileSaves}'.
 */
final class DocumentFiles {

    private static final String EXTENSION = ".ers.json";

    private final DialogService dialogs;
    private final Supplier<UnitCatalog> catalog;
    private final RecentFiles recent;
    private final UnsavedWork unsavedWork;
    private final FileSaves files;
    private final WaitingWork waiting;
    private final ShownDocument document;
    private final Consumer<String> say;
    private final Runnable offers;
    private final ReadOnlyObjectWrapper<List<Path>> recentFiles = new ReadOnlyObjectWrapper<>(this, "recentFiles");

    /** @param offers what a file just opened is offered, once it is shown */
    DocumentFiles(DialogService dialogs, Supplier<UnitCatalog> catalog, RecentFiles recent, UnsavedWork unsavedWork,
                  FileSaves files, WaitingWork waiting, ShownDocument document, Consumer<String> say, Runnable offers) {
        this.dialogs = dialogs;
        this.catalog = catalog;
        this.recent = recent;
        this.unsavedWork = unsavedWork;
        this.files = files;
        this.waiting = waiting;
        this.document = document;
        this.say = say;
        this.offers = offers;
        recentFiles.set(recent.files());
    }

    ReadOnlyObjectProperty<List<Path>> recentFilesProperty() {
        return recentFiles.getReadOnlyProperty();
    }

    /** Whether the file was opened read-only because another editor has it open. */
    boolean readOnly() {
        return files.readOnly();
    }

    void newPortfolio() {
        if (!settleUnsaved()) {
            return;
        }
        dialogs.askNewPortfolio(catalog.get()).ifPresent(p -> {
            files.replace(null, false);
            show(p, null, false);
            say.accept("New portfolio for " + p.candidate().name() + ": save it with Ctrl+S.");
        });
    }

    void openChosen() {
        if (settleUnsaved()) {
            dialogs.chooseFileToOpen().ifPresent(this::openSettled);
        }
    }

    boolean open(Path path) {
        return settleUnsaved() && openSettled(path);
    }

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
                    + (document.isOpen() ? " Nothing was changed; what was open stays open." : ""), e.problems());
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
        offers.run();
        return true;
    }

    void restore(Portfolio recovered, Path original) {
        files.replace(original == null ? null : files.forRestore(original), false);
        show(recovered, original, false);
        unsavedWork.unsaved(recovered, original);
    }

    void show(Portfolio p, Path path, boolean saved) {
        document.show(p, path, saved);
        startChoosersBeside(path);
    }

    boolean save() {
        if (!document.isOpen()) {
            return false;
        }
        return document.file() == null || files.readOnly() ? saveAs() : saveTo(document.file());
    }

    boolean saveAs() {
        if (!document.isOpen()) {
            return false;
        }
        Path file = document.file();
        String suggested = file != null ? file.getFileName().toString()
                : document.current().candidate().name().replaceAll("[^A-Za-z0-9]+", "-") + EXTENSION;
        return dialogs.chooseFileToSave("Save portfolio", suggested, EXTENSION).map(this::saveTo).orElse(false);
    }

    private boolean saveTo(Path target) {
        Optional<FileSaves.Outcome> outcome = files.save(document.current(), target);
        if (outcome.isEmpty()) {
            return false;
        }
        switch (outcome.get()) {
            case SAVED -> {
                document.saved(target);
                startChoosersBeside(target);
                recent.add(target);
                recentFiles.set(recent.files());
                say.accept("Saved " + target.getFileName() + " in " + folderOf(target) + " at "
                        + UkDates.timeOnDate(Instant.now()) + ".");
                return true;
            }
            case SAVE_ELSEWHERE -> {
                return saveAs();
            }
            default -> {
                files.reloadKeeping(document.current(), document.file(), unsavedWork,
                        p -> show(p, document.file(), true));
                return false;
            }
        }
    }

    private void startChoosersBeside(Path document) {
        Path folder = document == null ? null : document.toAbsolutePath().getParent();
        if (folder != null) {
            dialogs.startIn(folder);
        }
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }

    String openedMessage() {
        return files.openedMessage(document.file());
    }

    void release() {
        files.replace(null, false);
    }

    boolean settleUnsaved() {
        if (!document.hasUnsavedChanges()) {
            return true;
        }
        return switch (dialogs.askUnsaved(document.documentName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    boolean close() {
        if (!settleUnsaved()) {
            return false;
        }
        unsavedWork.clean();
        release();
        return true;
    }
}
