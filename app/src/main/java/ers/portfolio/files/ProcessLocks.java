package ers.portfolio.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The locks this process holds on lock files. On Linux a process loses its lock on a file as soon
 * as it closes any channel on that file, even one opened only to ask whether the lock is free; so
 * every lock and every question about one file goes through the single channel kept here.
 */
public final class ProcessLocks {

    private static final Map<Path, Open> OPEN = new HashMap<>();
    /** A lock file holds a short note; more is not read. */
    private static final int MAX_NOTE = 64 * 1024;

    private ProcessLocks() {
    }

    /**
     * Takes the lock on {@code size} bytes from {@code position} of {@code file}, creating the file;
     * empty when another process, or another part of this one, holds it.
     *
     * @throws IOException when the file cannot be opened or its file system cannot lock
     */
    public static synchronized Optional<Held> tryLock(Path file, long position, long size) throws IOException {
        Path key = key(file);
        Open open = OPEN.get(key);
        if (open == null) {
            open = new Open(key, FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE));
            OPEN.put(key, open);
        }
        if (open.overlaps(position, size)) {
            return Optional.empty();
        }
        FileLock lock;
        try {
            lock = open.channel.tryLock(position, size, false);
        } catch (IOException | RuntimeException e) {
            open.closeIfUnused();
            throw e;
        }
        if (lock == null) {
            open.closeIfUnused();
            return Optional.empty();
        }
        Held held = new Held(open, lock);
        open.held.add(held);
        return Optional.of(held);
    }

    /** Whether any process holds a lock on those bytes of {@code file}, this one included; never changes who does. */
    public static synchronized boolean isHeld(Path file, long position, long size) throws IOException {
        Path key = key(file);
        Open open = OPEN.get(key);
        if (open != null) {
            return open.overlaps(position, size) || probe(open.channel, position, size);
        }
        if (!Files.exists(key)) {
            return false;
        }
        // No lock of this process is on the file, so closing this channel cannot drop one.
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return probe(channel, position, size);
        }
    }

    /** The content of a lock file, read without opening, and so without closing, a second channel on it. */
    public static synchronized byte[] read(Path file) throws IOException {
        Open open = OPEN.get(key(file));
        if (open == null) {
            return Files.readAllBytes(file);
        }
        ByteBuffer content = ByteBuffer.allocate((int) Math.min(open.channel.size(), MAX_NOTE));
        int read;
        do {
            read = open.channel.read(content, content.position());
        } while (read > 0 && content.hasRemaining());
        return java.util.Arrays.copyOf(content.array(), content.position());
    }

    private static boolean probe(FileChannel channel, long position, long size) throws IOException {
        try {
            FileLock lock = channel.tryLock(position, size, false);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** One file however it is named: a lock file may not exist yet, but its folder does. */
    private static Path key(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        return parent != null && Files.isDirectory(parent)
                ? parent.toRealPath().resolve(absolute.getFileName()) : absolute;
    }

    /** A lock this process holds; the channel lets its holder write who it is into the file. */
    public static final class Held implements AutoCloseable {

        private final Open open;
        private final FileLock lock;

        private Held(Open open, FileLock lock) {
            this.open = open;
            this.lock = lock;
        }

        public FileChannel channel() {
            return open.channel;
        }

        /** Releases the lock; the file's channel closes once no lock of this process is left on it. */
        @Override
        public void close() throws IOException {
            synchronized (ProcessLocks.class) {
                if (open.held.remove(this)) {
                    try {
                        lock.release();
                    } finally {
                        open.closeIfUnused();
                    }
                }
            }
        }
    }

    private static final class Open {

        private final Path key;
        private final FileChannel channel;
        private final List<Held> held = new ArrayList<>();

        private Open(Path key, FileChannel channel) {
            this.key = key;
            this.channel = channel;
        }

        private boolean overlaps(long position, long size) {
            return held.stream().anyMatch(h -> h.lock.overlaps(position, size));
        }

        private void closeIfUnused() throws IOException {
            if (held.isEmpty()) {
                OPEN.remove(key);
                channel.close();
            }
        }
    }
}
