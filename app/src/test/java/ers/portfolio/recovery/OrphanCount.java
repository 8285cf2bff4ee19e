package ers.portfolio.recovery;

import java.nio.file.Path;

/** Run in its own process by {@link RecoveryTest}: prints how many copies another editor would offer. */
public final class OrphanCount {

    private OrphanCount() {
    }

    public static void main(String[] args) {
        System.out.println(new RecoveryStore(Path.of(args[0])).orphans().size());
    }
}
