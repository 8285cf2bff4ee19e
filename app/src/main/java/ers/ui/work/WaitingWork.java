package ers.ui.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;

/**
 * Work whose caller needs its answer before going on (a file read before it is shown, a save
 * before the window closes or a sheet is signed) but which can take longer than a frame: a
 * 64 MB file, an fsync, a new RSA key. The job runs on a worker thread while the window's thread
 * waits in a nested event loop, as a modal dialog does, so the windows keep painting and say
 * what is being done; keys and clicks wait until it is done, so nothing the job reads or writes
 * changes under it.
 */
public final class WaitingWork {

    /** A job that answers or fails with its own checked exception. */
    @FunctionalInterface
    public interface Job<T, E extends Exception> {
        T call() throws E;
    }

    private static final EventHandler<InputEvent> SWALLOW = InputEvent::consume;

    private final Executor workers;
    private final ReadOnlyStringWrapper doing = new ReadOnlyStringWrapper(this, "doing");

    /** @param workers where jobs run; each gets a thread of its own by default */
    public WaitingWork(Executor workers) {
        this.workers = workers;
    }

    /** Jobs on a new daemon thread each: they are rare, and each is as long as a file or a key takes. */
    public static WaitingWork onOwnThreads() {
        return new WaitingWork(job -> {
            Thread worker = new Thread(job, "waiting-work");
            worker.setDaemon(true);
            worker.start();
        });
    }

    /** What is being done, for the status line; null when nothing is. */
    public ReadOnlyStringProperty doingProperty() {
        return doing.getReadOnlyProperty();
    }

    /**
     * Runs {@code job} and returns its answer, or throws what it threw. Called off the window's
     * thread (a test, the command line), while another job waits, or during layout, it simply runs.
     *
     * @param what the status line's words while it runs, e.g. "Saving alex.ers.json…"
     */
    public <T, E extends Exception> T run(String what, Job<T, E> job) throws E {
        if (!Platform.isFxApplicationThread() || doing.get() != null || !Platform.canStartNestedEventLoop()) {
            return job.call();
        }
        Outcome<T> outcome = new Outcome<>();
        Object loop = new Object();
        List<Scene> held = holdInput();
        doing.set(what);
        try {
            workers.execute(() -> {
                outcome.finish(job);
                Platform.runLater(() -> leave(loop));
            });
            Platform.enterNestedEventLoop(loop);
        } finally {
            doing.set(null);
            release(held);
        }
        return outcome.<E>answer();
    }

    private static void leave(Object loop) {
        try {
            Platform.exitNestedEventLoop(loop, null);
        } catch (IllegalArgumentException innerLoopOpen) {
            // A dialog opened meanwhile runs its own loop inside this one; this one ends after it.
            Platform.runLater(() -> leave(loop));
        }
    }

    private static List<Scene> holdInput() {
        List<Scene> held = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            Scene scene = window.getScene();
            if (scene != null) {
                scene.addEventFilter(InputEvent.ANY, SWALLOW);
                scene.setCursor(Cursor.WAIT);
                held.add(scene);
            }
        }
        return held;
    }

    private static void release(List<Scene> held) {
        for (Scene scene : held) {
            scene.removeEventFilter(InputEvent.ANY, SWALLOW);
            scene.setCursor(null);
        }
    }

    /** The job's answer or failure, handed from the worker to the window's thread. */
    private static final class Outcome<T> {
        private T value;
        private Throwable failure;

        synchronized void finish(Job<T, ?> job) {
            try {
                value = job.call();
            } catch (Throwable e) {
                failure = e;
            }
        }

        @SuppressWarnings("unchecked")
        synchronized <E extends Exception> T answer() throws E {
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                // Job.call() throws only E or unchecked exceptions, so any other failure is an E.
                throw (E) failure;
            }
            return value;
        }
    }
}
