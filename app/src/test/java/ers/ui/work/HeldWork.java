package ers.ui.work;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waiting work as on a slow network drive: once held, each job waits on a thread of its own until
 * released, so a test can look at the window meanwhile. Unheld, a job runs at once, so that each
 * step of a test sees it done.
 */
public final class HeldWork {

    private volatile boolean holding;
    private final CountDownLatch released = new CountDownLatch(1);

    public WaitingWork waiting() {
        return new WaitingWork(job -> {
            if (!holding) {
                job.run();
                return;
            }
            new Thread(() -> {
                try {
                    released.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                job.run();
            }, "held-work").start();
        });
    }

    /** Jobs from now on wait for {@link #release()}. */
    public void hold() {
        holding = true;
    }

    public void release() {
        released.countDown();
    }
}
