package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving through a symbolic link, and the temporary files a killed save leaves behind or a running one holds. */
class LinksAndLeftoversTest {

    @TempDir
    Path dir;

    @Test
    void savingThroughASymbolicLinkReplacesTheTargetAndTheLinkStaysALink() throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path target = shared.resolve("alex.ers.json");
        Files.writeString(target, "old");
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Path link = symlink(mine.resolve("alex.ers.json"), Path.of("../shared/alex.ers.json"));
        Path linkToLink = symlink(mine.resolve("again.ers.json"), link);

        AtomicFiles.write(link, "new".getBytes());
        AtomicFiles.write(linkToLink, "newer".getBytes());

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(Path.of("../shared/alex.ers.json"), Files.readSymbolicLink(link));
        assertTrue(Files.isSymbolicLink(linkToLink));
        assertEquals("newer", Files.readString(target), "the shared file is the one saved");
        assertEquals(List.of("alex.ers.json"), names(shared), "written atomically in the target's folder");
        assertEquals(List.of("again.ers.json", "alex.ers.json"), names(mine));
    }

    @Test
    void aDanglingLinkIsSavedAsItsTarget() throws IOException {
        Path link = symlink(dir.resolve("alex.ers.json"), Path.of("moved.ers.json"));
        AtomicFiles.write(link, "new".getBytes());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(dir.resolve("moved.ers.json")));
    }

    @Test
    void leftoverTemporaryFilesOfAKilledSaveAreSweptByTheNextSaveAndNothingElseIs() throws IOException {
        Path target = dir.resolve("alex.ers.json");
        Files.writeString(target, "old");
        Path leftover = old(dir.resolve(".alex.ers.json.8446744073709551615.part"));
        List<Path> kept = List.of(
                old(dir.resolve(".alex.ers.json.backup.part")),
                old(dir.resolve(".bob.ers.json.123.part")),
                old(dir.resolve("alex.ers.json.123.part")),
                old(dir.resolve(".alex.ers.json.123.part.txt")),
                newer(dir.resolve(".alex.ers.json.42.part")));

        AtomicFiles.write(target, "new".getBytes());

        assertFalse(Files.exists(leftover), "a killed save's temporary file goes");
        for (Path other : kept) {
            assertTrue(Files.exists(other), other + " is not a leftover of an older save of this file");
        }
        assertEquals("new", Files.readString(target));
    }

    @Test
    void aTemporaryFileThatAnotherSaveIsStillWritingIsLeftAlone() throws Exception {
        Path target = dir.resolve("alex.ers.json");
        Files.writeString(target, "old");
        List<String> seen = new java.util.ArrayList<>();
        AtomicFiles.write(target, out -> {
            Path running = names(dir).stream().filter(n -> n.endsWith(".part")).map(dir::resolve).findFirst().orElseThrow();
            Files.setLastModifiedTime(running, FileTime.from(Instant.now().minusSeconds(3600)));
            AtomicFiles.write(target, "inner".getBytes());
            seen.addAll(names(dir));
            out.write("outer".getBytes());
        });
        assertEquals(2, seen.size(), "the outer save's temporary file survived the inner save: " + seen);
        assertEquals("outer", Files.readString(target));
    }

    @Test
    void aCycleOfSymbolicLinksIsRefusedRatherThanFollowedForever() throws IOException {
        Path a = dir.resolve("a.ers.json");
        Path b = dir.resolve("b.ers.json");
        symlink(a, b.getFileName());
        symlink(b, a.getFileName());
        FileSystemException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(FileSystemException.class, () -> AtomicFiles.write(a, "new".getBytes())));
        assertEquals(a + ": too many symbolic links in a row", e.getMessage());
        assertEquals(List.of("a.ers.json", "b.ers.json"), names(dir), "nothing was written");
    }

    /** How another process's sweep knows the file is still being written: it cannot lock it. */
    @Test
    void theTemporaryFileIsLockedWhileItsContentIsWritten() throws IOException {
        Path target = dir.resolve("alex.ers.json");
        AtomicFiles.write(target, out -> {
            Path running = names(dir).stream().filter(n -> n.endsWith(".part")).map(dir::resolve).findFirst().orElseThrow();
            try (FileChannel other = FileChannel.open(running, StandardOpenOption.WRITE)) {
                assertThrows(OverlappingFileLockException.class, other::tryLock, "the save holds a lock on it");
            }
            out.write("new".getBytes());
        });
        assertEquals("new", Files.readString(target));
    }

    /** The other process's save began long ago (as a slow one on a network drive may have): its age does not matter. */
    @Test
    void aTemporaryFileThatAnotherProcessIsStillWritingIsLeftAlone() throws Exception {
        Path target = dir.resolve("alex.ers.json");
        Files.writeString(target, "old");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DyingWriter.class.getName(),
                target.toString(), "theirs\n", "10").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("written", out.readLine());
            Path theirs = names(dir).stream().filter(n -> n.endsWith(".part")).map(dir::resolve).findFirst().orElseThrow();
            Files.setLastModifiedTime(theirs, FileTime.from(Instant.now().minusSeconds(3600)));

            AtomicFiles.write(target, "mine".getBytes());

            assertTrue(Files.exists(theirs), "the other process's temporary file survived this save's sweep");
            assertEquals("mine", Files.readString(target));
        } finally {
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
    }

    private Path old(Path file) throws IOException {
        Files.writeString(file, "left behind");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
        return file;
    }

    /** Written after the save being tested began, as another save running beside it would be. */
    private Path newer(Path file) throws IOException {
        Files.writeString(file, "a save running now");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
        return file;
    }

    private static Path symlink(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "this file system has no symbolic links: " + e);
            return link;
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
