package ers.portfolio.files;

import java.nio.file.Path;
import java.time.Clock;

/** Run in its own process by {@link EditLockTest}: opens a portfolio for editing, says so, and waits to be killed. */
public final class HoldsEditLock {

    private HoldsEditLock() {
    }

    public static void main(String[] args) throws Exception {
        EditLock.Attempt attempt = EditLock.take(Path.of(args[0]), "jo", Clock.systemUTC());
        System.out.println(attempt instanceof EditLock.Taken ? "taken" : attempt.toString());
        System.out.flush();
        Thread.sleep(60_000);
    }
}
