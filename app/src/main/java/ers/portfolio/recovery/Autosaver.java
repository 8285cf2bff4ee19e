package ers.portfolio.recovery;

import ers.portfolio.Portfolio;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Writes unsaved work to the recovery copy a short while after it changes, off the caller's
 * thread. The first change after a write starts the delay and later ones ride along, so a steady
 * stream of edits is still written every {@code delay}: at most that much work can be lost.
 */
public final class Autosaver implements AutoCloseable {

    private final RecoverySession session;
    private final long delayMillis;
    private final Consumer<IOException> onFailure;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "autosave");
        t.setDaemon(true);
        return t;
    });

    private Portfolio pending;
    private Path pendingOriginal;
    private boolean scheduled;

    public Autosaver(RecoverySession session, long delayMillis, Consumer<IOException> onFailure) {
        this.session = session;
        this.delayMillis = delayMillis;
        this.onFailure = onFailure;
    }

    /** The work as it now stands, with the file it belongs to (null if never saved). */
    public synchronized void changed(Portfolio portfolio, Path original) {
        pending = portfolio;
        pendingOriginal = original;
        if (!scheduled) {
            scheduled = true;
            writer.schedule(this::writePending, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** The work was saved (or undone back to what is saved): the copy is no longer needed. */
    public void saved() {
        synchronized (this) {
            pending = null;
        }
        runOnWriter(() -> {
            try {
                session.clear();
            } catch (IOException e) {
                onFailure.accept(e);
            }
        });
    }

    /** Writes anything pending now and waits for it; for a clean shutdown and for tests. */
    public void flush() {
        runOnWriter(this::writePending);
    }

    private void runOnWriter(Runnable task) {
        try {
            writer.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void writePending() {
        Portfolio portfolio;
        Path original;
        synchronized (this) {
            portfolio = pending;
            original = pendingOriginal;
            pending = null;
            scheduled = false;
        }
        if (portfolio == null) {
            return;
        }
        try {
            session.write(portfolio, original);
        } catch (IOException e) {
            onFailure.accept(e);
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
    }
}
