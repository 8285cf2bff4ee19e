package ers.portfolio.recovery;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.files.ProcessLocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** This editor's recovery copy and the lock that tells other editors it is still running. */
public final class RecoverySession implements AutoCloseable {

    private final Path folder;
    private final String name;
    private final ProcessLocks.Held lock;

    RecoverySession(Path folder, String name, ProcessLocks.Held lock) {
        this.folder = folder;
        this.name = name;
        this.lock = lock;
    }

    /** Where the copy is written, for the README's promise and for messages. */
    public Path copy() {
        return folder.resolve(name + RecoveryStore.COPY);
    }

    /** Writes the work atomically: a crash during the write leaves the previous copy whole. */
    public synchronized void write(Portfolio portfolio, Path original) throws IOException {
        RecoveryStore.writeCopy(folder, name, portfolio, original, PortfolioWriter.toBytes(portfolio));
    }

    /** The work was saved or closed: nothing is left to recover. */
    public synchronized void clear() throws IOException {
        Files.deleteIfExists(copy());
        Files.deleteIfExists(folder.resolve(name + RecoveryStore.ORIGIN));
    }

    /** Ends the session after a clean close; the copy goes, and so does the lock. */
    @Override
    public synchronized void close() throws IOException {
        clear();
        lock.close();
        Files.deleteIfExists(folder.resolve(name + RecoveryStore.LOCK));
    }
}
