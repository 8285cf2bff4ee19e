package ers.portfolio.recovery;

import ers.json.InvalidFileException;
import ers.json.Problem;
import ers.portfolio.AtomicFiles;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.files.ProcessLocks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The folder of recovery copies. Each running editor holds a session: a lock file it keeps
 * locked while it runs, a recovery copy (an ordinary portfolio file, so it can also be opened by
 * hand) and a note of which file the work belongs to. A copy whose lock nobody holds was left by
 * an editor that crashed or was killed, and is offered at the next start.
 */
public final class RecoveryStore {

    static final String COPY = ".ers.json";
    static final String ORIGIN = ".origin";
    static final String LOCK = ".lock";

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Starts this editor's session; its copy stays until the work is saved or closed. */
    public RecoverySession startSession() throws IOException {
        Files.createDirectories(folder);
        sweepStaleLocks();
        String name = "session-" + UUID.randomUUID();
        ProcessLocks.Held lock = ProcessLocks.tryLock(folder.resolve(name + LOCK), 0, Long.MAX_VALUE)
                .orElseThrow(() -> new IOException("the new recovery lock " + name + LOCK + " is already held"));
        return new RecoverySession(folder, name, lock);
    }

    /** An editor killed before it had unsaved work leaves only its lock file; nothing is lost by removing it. */
    private void sweepStaleLocks() throws IOException {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + LOCK)) {
            for (Path lock : stream) {
                String name = lock.getFileName().toString();
                Path copy = folder.resolve(name.substring(0, name.length() - LOCK.length()) + COPY);
                if (!Files.exists(copy) && !isHeld(lock)) {
                    Files.deleteIfExists(lock);
                }
            }
        }
    }

    /**
     * Keeps work aside that its editor is letting go (to reload the file another editor saved):
     * a copy no session holds, so it is offered like any left-behind work at the next start.
     */
    public Path keep(Portfolio portfolio, Path original) throws IOException {
        Files.createDirectories(folder);
        String name = "kept-" + UUID.randomUUID();
        writeCopy(folder, name, portfolio, original, PortfolioWriter.toBytes(portfolio));
        return folder.resolve(name + COPY);
    }

    /** Copies left behind by editors that are no longer running, newest first. */
    public List<Recovered> orphans() {
        List<Recovered> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*" + COPY)) {
            for (Path copy : stream) {
                String name = copy.getFileName().toString();
                name = name.substring(0, name.length() - COPY.length());
                if (!isHeld(folder.resolve(name + LOCK))) {
                    found.add(read(name, copy));
                }
            }
        } catch (IOException e) {
            found.add(new Recovered(folder, folder, null, Instant.EPOCH, Optional.empty(),
                    List.of(Problem.whole(folder.toString(), "the recovery folder cannot be read: " + e.getMessage()))));
        }
        found.sort((a, b) -> b.savedAt().compareTo(a.savedAt()));
        return found;
    }

    /** Deletes a left-behind copy once the user has taken it or turned it down. */
    public void discard(Recovered recovered) throws IOException {
        String name = recovered.copy().getFileName().toString();
        String stem = name.substring(0, name.length() - COPY.length());
        Files.deleteIfExists(folder.resolve(stem + ORIGIN));
        Files.deleteIfExists(folder.resolve(stem + LOCK));
        Files.deleteIfExists(recovered.copy());
    }

    private Recovered read(String name, Path copy) throws IOException {
        Instant savedAt = Files.getLastModifiedTime(copy).toInstant();
        Path originFile = folder.resolve(name + ORIGIN);
        Path original = null;
        if (Files.exists(originFile)) {
            String text = Files.readString(originFile, StandardCharsets.UTF_8).strip();
            original = text.isEmpty() ? null : Path.of(text);
        }
        try {
            Portfolio portfolio = PortfolioReader.read(copy);
            return new Recovered(folder, copy, original, savedAt, Optional.of(portfolio), List.of());
        } catch (InvalidFileException e) {
            return new Recovered(folder, copy, original, savedAt, Optional.empty(), e.problems());
        }
    }

    /** A lock nobody holds means its editor is gone; one held in this very process counts as held. */
    private static boolean isHeld(Path lockFile) throws IOException {
        return Files.exists(lockFile) && ProcessLocks.isHeld(lockFile, 0, Long.MAX_VALUE);
    }

    /** {@code AtomicFiles} with the note of the original first, so a copy never names the wrong file. */
    static void writeCopy(Path folder, String name, Portfolio portfolio, Path original, byte[] json) throws IOException {
        AtomicFiles.write(folder.resolve(name + ORIGIN),
                (original == null ? "" : original.toAbsolutePath().toString()).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(folder.resolve(name + COPY), json);
    }
}
