package ers.ui;

import ers.json.InvalidFileException;
import ers.portfolio.files.PortfolioFile;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The portfolio named on the command line, read on another core while JavaFX starts and the window
 * is built: reading it (JSON, the schema check) needs classes of its own, which would otherwise
 * load one after the other with the window's, before its first frame.
 */
final class ReadAhead {

    private final CompletableFuture<PortfolioFile.Opened> read;

    private ReadAhead(CompletableFuture<PortfolioFile.Opened> read) {
        this.read = read;
    }

    static ReadAhead start(Path file) {
        return new ReadAhead(CompletableFuture.supplyAsync(() -> {
            try {
                return PortfolioFile.open(file);
            } catch (InvalidFileException e) {
                throw new CompletionException(e);
            }
        }));
    }

    /** The file as read, waiting for the read if it is still under way; a broken file is refused as when opened. */
    PortfolioFile.Opened get() throws InvalidFileException {
        try {
            return read.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof InvalidFileException invalid) {
                throw invalid;
            }
            if (e.getCause() instanceof RuntimeException fault) {
                throw fault;
            }
            throw e;
        }
    }
}
