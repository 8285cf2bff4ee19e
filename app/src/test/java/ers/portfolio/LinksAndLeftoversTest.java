package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving through a symbolic link, and the temporary files a killed save leaves behind. */
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
