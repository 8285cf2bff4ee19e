package ers.portfolio.recovery;

import ers.testing.Portfolios;
import java.nio.file.Path;

/** Run in its own process by {@link RecoveryTest}: writes a recovery copy, says so, and waits to be killed. */
public final class KilledEditor {

    private KilledEditor() {
    }

    public static void main(String[] args) throws Exception {
        RecoverySession session = new RecoveryStore(Path.of(args[0])).startSession();
        session.write(Portfolios.small(), Path.of(args[1]));
        System.out.println("written");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
