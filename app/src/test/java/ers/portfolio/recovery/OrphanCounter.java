package ers.portfolio.recovery;

import java.nio.file.Path;

/** Run in its own process by {@link RecoveryTest}: another editor starting, counting the work it would offer. */
public final class OrphanCounter {

    private OrphanCounter() {
    }

    public static void main(String[] args) {
        System.out.println(new RecoveryStore(Path.of(args[0])).orphans().size());
    }
}
