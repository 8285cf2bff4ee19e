package ers.portfolio.files;

import ers.portfolio.AtomicFiles;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The sign beside a portfolio that an editor has it open: {@code .NAME.lock}, naming who, where
 * and since when, and locked by the editor's process for as long as it has the file open. The
 * process's lock, not the file, is what counts: an editor that was killed leaves the file but
 * not the lock, and the next editor to open the portfolio takes the file over.
 */
public final class EditLock implements AutoCloseable {

    /** Past the note, so that on systems whose locks keep others from reading, the note can still be read. */
    private static final long REGION = 1L << 40;
    private static final int ATTEMPTS = 3;

    private final Path file;
    private final ProcessLocks.Held held;

    private EditLock(Path file, ProcessLocks.Held held) {
        this.file = file;
        this.held = held;
    }

    /** Where the lock of {@code portfolio} lives: beside the file itself, once links are followed. */
    public static Path fileOf(Path portfolio) throws IOException {
        Path target = AtomicFiles.followLinks(portfolio);
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /** What came of trying to take a portfolio's lock. */
    public sealed interface Attempt {
    }

    /** This editor now holds the lock. */
    public record Taken(EditLock lock) implements Attempt {
    }

    /** Another editor, in this process or another, has the portfolio open. */
    public record InUse(LockHolder holder) implements Attempt {
    }

    /** The lock cannot be kept here (a read-only folder, a file system without locks): nobody can be told. */
    public record Unavailable(String why) implements Attempt {
    }

    /** Takes the lock of {@code portfolio} for {@code user}, unless another editor holds it. */
    public static Attempt take(Path portfolio, String user, Clock clock) {
        try {
            Path file = fileOf(portfolio);
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Optional<ProcessLocks.Held> held = ProcessLocks.tryLock(file, REGION, 1);
                if (held.isEmpty()) {
                    return new InUse(LockHolder.read(file));
                }
                LockHolder me = new LockHolder(user, host(), ProcessHandle.current().pid(), clock.instant(),
                        UUID.randomUUID().toString());
                write(held.get(), me);
                // An editor closing just now may have deleted the file this lock is on: then it locks nothing.
                if (Files.exists(file) && me.equals(LockHolder.read(file))) {
                    return new Taken(new EditLock(file, held.get()));
                }
                held.get().close();
            }
            return new Unavailable("its lock file " + file + " keeps changing");
        } catch (IOException e) {
            return new Unavailable("no lock can be kept beside it (" + e.getMessage() + ")");
        }
    }

    private static void write(ProcessLocks.Held held, LockHolder me) throws IOException {
        byte[] note = me.toText().getBytes(StandardCharsets.UTF_8);
        held.channel().truncate(0);
        held.channel().write(ByteBuffer.wrap(note), 0);
        held.channel().force(true);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "this computer";
        }
    }

    public Path file() {
        return file;
    }

    /** The portfolio is closed: the note goes first, while it is still ours to delete, then the lock. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
        } finally {
            held.close();
        }
    }
}
