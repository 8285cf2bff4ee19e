package ers.ui;

import ers.sheet.SheetException;
import java.io.IOException;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Runs one slow job at a time off the window's thread, so the window keeps answering; the status
 * bar follows {@link #runningProperty()} for its message, progress and Cancel. The outcome is
 * told on the window's thread, and a failure in plain words, never as a stack trace.
 */
final class BackgroundWork {

    private final Consumer<String> say;
    private final DialogService dialogs;
    private final String failedTitle;
    private final ReadOnlyObjectWrapper<Task<?>> running = new ReadOnlyObjectWrapper<>();

    /** @param failedTitle the title of the message telling why a job failed */
    BackgroundWork(Consumer<String> say, DialogService dialogs, String failedTitle) {
        this.say = say;
        this.dialogs = dialogs;
        this.failedTitle = failedTitle;
    }

    /** The job under way; null when idle. */
    ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Starts {@code task}, or says to wait when another runs; {@code done} gets its value on the window's thread. */
    <T> void start(Task<T> task, String cancelled, Consumer<T> done) {
        if (running.get() != null) {
            say.accept("Still working on the last job; wait for it or cancel it.");
            return;
        }
        running.set(task);
        // A cancelled Task reports it at once, while call() may still be removing its temporary
        // file; the outcome is told, and the next job allowed, only once the worker has stopped.
        Thread worker = new Thread(() -> {
            task.run();
            Platform.runLater(() -> finished(task, cancelled, done));
        }, "background-work");
        worker.setDaemon(true);
        worker.start();
    }

    private <T> void finished(Task<T> task, String cancelled, Consumer<T> done) {
        running.set(null);
        Throwable why = task.getException();
        if (task.getState() == Worker.State.SUCCEEDED) {
            done.accept(task.getValue());
        } else if (task.getState() == Worker.State.CANCELLED || why instanceof CancellationException) {
            say.accept(cancelled);
        } else {
            if (why instanceof IOException || why instanceof SheetException) {
                // A refusal of the job's own (a disk full, a sheet that cannot be laid out) names what is wrong.
                dialogs.showError(failedTitle, why.getMessage());
            } else {
                Faults.report(dialogs, failedTitle, "Nothing was written.", why);
            }
        }
    }
}
