package ers.portfolio.files;

import ers.json.InvalidFileException;
import ers.json.Problem;
import ers.portfolio.AtomicFiles;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

/**
 * A portfolio's file as one editor knows it: what it was when this editor last read or wrote it,
 * so that a save never replaces, unseen, what another editor saved in between; and the editor's
 * lock on it, if it holds one.
 */
public final class PortfolioFile implements AutoCloseable {

    /** A file that keeps changing while it is read is given up on after this many tries. */
    private static final int READ_ATTEMPTS = 3;

    private final Path path;
    private FileState known;
    private EditLock lock;

    private PortfolioFile(Path path, FileState known, EditLock lock) {
        this.path = path;
        this.known = known;
        this.lock = lock;
    }

    /** A portfolio read from its file, and the file as it was read. */
    public record Opened(Portfolio portfolio, PortfolioFile file) {
    }

    /** Reads {@code path}, noting the file as read; a killed save's temporary files beside it go. */
    public static Opened open(Path path) throws InvalidFileException {
        Instant opening = Instant.now();
        try {
            AtomicFiles.sweepLeftovers(AtomicFiles.followLinks(path), opening);
        } catch (IOException e) {
            // Housekeeping only; reading tells the user what is wrong with the file.
        }
        Read read = readWhole(path);
        return new Opened(read.portfolio, new PortfolioFile(path, read.state, null));
    }

    private record Read(Portfolio portfolio, FileState state) {
    }

    /** The portfolio and the state of the very bytes read: a save landing mid-read is read again. */
    private static Read readWhole(Path path) throws InvalidFileException {
        for (int attempt = 1; ; attempt++) {
            FileTime before = modified(path);
            Portfolio portfolio = PortfolioReader.read(path);
            try {
                FileState after = FileState.of(path);
                if (after.modified().equals(before.toInstant()) || attempt == READ_ATTEMPTS) {
                    return new Read(portfolio, after);
                }
            } catch (IOException e) {
                throw new InvalidFileException(Problem.whole(path.toString(), "cannot be read: " + e.getMessage()));
            }
        }
    }

    private static FileTime modified(Path path) throws InvalidFileException {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            // The reader says in its own words what keeps the file from being read.
            PortfolioReader.read(path);
            throw new InvalidFileException(Problem.whole(path.toString(), "cannot be read: " + e.getMessage()));
        }
    }

    /** Writes {@code portfolio} to {@code path}, a file this editor did not open; the file's state is noted. */
    public static PortfolioFile create(Path path, Portfolio portfolio, EditLock lock) throws IOException {
        PortfolioFile file = new PortfolioFile(path, null, lock);
        file.write(portfolio);
        return file;
    }

    /** {@code path} as it now is, for work that belongs to it but was not read from it (recovered work). */
    public static PortfolioFile asItIs(Path path) throws IOException {
        return new PortfolioFile(path, Files.exists(path) ? FileState.of(path) : null, null);
    }

    public Path path() {
        return path;
    }

    /** The lock this editor holds on the file; empty when it opened it read-only, or insisted. */
    public Optional<EditLock> lock() {
        return Optional.ofNullable(lock);
    }

    /** Hands over a lock taken later, when the editor that had the file open has closed it. */
    public void adopt(EditLock taken) {
        try {
            close();
        } catch (IOException e) {
            // The lock file left behind is taken over by the next editor to open the portfolio.
        }
        lock = taken;
    }

    /** Gives the lock up to another view of the same file (the file opened again in the same window). */
    public Optional<EditLock> handOverLock() {
        Optional<EditLock> given = Optional.ofNullable(lock);
        lock = null;
        return given;
    }

    /** Whether {@code other} names this file, by identity when both exist. */
    public boolean isSameFile(Path other) {
        try {
            if (Files.exists(other) && Files.exists(path)) {
                return Files.isSameFile(other, path);
            }
            return AtomicFiles.followLinks(other).normalize().equals(AtomicFiles.followLinks(path).normalize());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Why saving now would replace something this editor has not seen: the file was changed,
     * replaced or removed since it was last read or written here. Empty when it is as it was.
     */
    public Optional<String> changedOnDisk() {
        boolean exists = Files.exists(path);
        if (known == null) {
            return exists ? Optional.of("another editor created it since") : Optional.empty();
        }
        if (!exists) {
            return Optional.of("it was deleted or moved away since this editor opened it");
        }
        try {
            FileState now = FileState.of(path);
            return now.equals(known) ? Optional.empty() : Optional.of(now.changesSince(known));
        } catch (IOException e) {
            return Optional.of("it cannot be read to check it: " + e.getMessage());
        }
    }

    /** Writes {@code portfolio} whatever is on disk; {@link #changedOnDisk()} is asked first. */
    public void write(Portfolio portfolio) throws IOException {
        String written = FileState.sha256Of(PortfolioWriter.toBytes(portfolio));
        PortfolioWriter.save(portfolio, path);
        FileState now = FileState.of(path);
        // Another save that landed just after this one is not taken for this editor's own.
        known = now.sha256().equals(written) ? now : new FileState(now.size(), Instant.EPOCH, written);
    }

    /** Reads the file again as it now is, for an editor that lets its own changes go (or keeps them aside). */
    public Portfolio reload() throws InvalidFileException {
        Read read = readWhole(path);
        known = read.state;
        return read.portfolio;
    }

    /** The editor is done with the file: its lock goes. */
    @Override
    public void close() throws IOException {
        if (lock != null) {
            EditLock held = lock;
            lock = null;
            held.close();
        }
    }
}
