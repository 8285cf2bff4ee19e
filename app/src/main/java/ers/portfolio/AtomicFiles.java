package ers.portfolio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Replaces files so that a crash at any moment leaves either the old content or the new, never a
 * mixture: the new content goes to a temporary file beside the target, is forced to disk, and is
 * then renamed over the target.
 */
public final class AtomicFiles {

    private static final String PART = ".part";
    private static final int MAX_LINKS = 40;
    /** Temporary files this process is writing now; a sweep never asks about them, which could release their lock. */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();

    private AtomicFiles() {
    }

    /**
     * Writes what {@code content} produces; if it throws, the target is untouched. A new file is
     * readable by its owner only (portfolios and key files hold personal data); a replaced file
     * keeps the permissions it had, so one the user shared stays shared. A symbolic link is
     * followed: its target is replaced and the link stays a link.
     */
    public static void write(Path target, Content content) throws IOException {
        Instant started = Instant.now();
        Path absolute = followLinks(target);
        Path dir = absolute.getParent();
        sweepLeftovers(absolute, started);
        // Beside the target, so that the rename stays within one file system.
        Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", PART);
        WRITING.add(temp);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                // Held until the file is renamed or deleted: another process's sweep then leaves it alone.
                lockWhileWriting(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            move(temp, absolute);
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
            WRITING.remove(temp);
        }
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * The file a save of {@code file} replaces: symbolic links followed to the file they name
     * (which need not exist yet), so that everyone sharing it sees the change.
     */
    public static Path followLinks(Path file) throws IOException {
        Path current = file.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new FileSystemException(file.toString(), null, "too many symbolic links in a row");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current));
        }
        return current;
    }

    /**
     * Deletes what saves of {@code target} killed before their rename left beside it: files named
     * {@code .NAME.<digits>.part} last written before {@code before}, that no save is still writing.
     * Nothing else is touched, and a leftover that cannot be deleted is left for the next time.
     */
    public static void sweepLeftovers(Path target, Instant before) {
        Path file = target.toAbsolutePath();
        Pattern leftover = Pattern.compile("\\." + Pattern.quote(file.getFileName().toString()) + "\\.\\d+"
                + Pattern.quote(PART));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(file.getParent(),
                p -> leftover.matcher(p.getFileName().toString()).matches())) {
            for (Path part : parts) {
                BasicFileAttributes attributes = Files.readAttributes(part, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(before)
                        && !WRITING.contains(part) && !beingWritten(part)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            // A sweep is housekeeping: the save itself must not fail for it.
        }
    }

    private static void lockWhileWriting(FileChannel channel) {
        try {
            channel.tryLock();
        } catch (IOException e) {
            // A file system without locks still saves; only another process's sweep could then take the file.
        }
    }

    /** Another process's save holds its temporary file locked until it is renamed. */
    private static boolean beingWritten(Path part) throws IOException {
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        }
    }

    /** Replacing a file must not change who may read it: a portfolio in a shared folder stays readable. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.exists(target) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
            Files.setPosixFilePermissions(temp, permissions);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform lets a directory be opened, which is fine. */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory; its rename is already durable enough for NTFS.
        }
    }

    /** Produces a file's content; may fail, in which case nothing is replaced. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}
