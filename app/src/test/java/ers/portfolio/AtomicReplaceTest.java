package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replace step itself: the new content becomes the file in one rename, so a save that dies
 * at any moment, or a reader that looks while it runs, sees the old file whole or the new file
 * whole, never one written over in place.
 */
class AtomicReplaceTest {

    @TempDir
    Path dir;

    @Test
    void aWriterKilledAfterWritingButBeforeTheRenameLeavesTheOldFileByteForByte() throws Exception {
        Path target = dir.resolve("alex.ers.json");
        byte[] old = "old content\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DyingWriter.class.getName(),
                target.toString(), "new content\n", "5000").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("written", out.readLine(), "the writer got as far as the rename");
            assertArrayEquals(old, Files.readAllBytes(target), "while the writer waits, the file is still the old one");
        } finally {
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        assertArrayEquals(old, Files.readAllBytes(target), "killed before the rename: nothing of the new content");
    }

    @Test
    void aReaderThatOpenedTheFileBeforeTheSaveReadsTheOldContentToTheEnd() throws Exception {
        Path target = dir.resolve("alex.ers.json");
        byte[] old = "old content\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        Object before = Files.readAttributes(target, BasicFileAttributes.class).fileKey();
        try (FileChannel reader = FileChannel.open(target, StandardOpenOption.READ)) {
            AtomicFiles.write(target, "new\n".repeat(10).getBytes(StandardCharsets.UTF_8));

            ByteBuffer seen = ByteBuffer.allocate(old.length + 100);
            while (reader.read(seen) > 0) {
                continue;
            }
            assertArrayEquals(old, java.util.Arrays.copyOf(seen.array(), seen.position()),
                    "the open file was replaced, not written over");
        }
        assertEquals("new\n".repeat(10), Files.readString(target));
        Object after = Files.readAttributes(target, BasicFileAttributes.class).fileKey();
        if (before != null) {
            assertNotEquals(before, after, "the name now points at a new file");
        }
    }

    @Test
    void aReaderRacingRepeatedSavesOnlyEverSeesOneWholeVersion() throws Exception {
        Path target = dir.resolve("alex.ers.json");
        byte[] longer = "A".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        byte[] shorter = "B".repeat(50_000).getBytes(StandardCharsets.UTF_8);
        Files.write(target, longer);
        AtomicBoolean saving = new AtomicBoolean(true);
        List<String> torn = new ArrayList<>();
        Thread reader = new Thread(() -> {
            int reads = 0;
            while (saving.get() || reads == 0) {
                try {
                    byte[] seen = Files.readAllBytes(target);
                    reads++;
                    if (!java.util.Arrays.equals(seen, longer) && !java.util.Arrays.equals(seen, shorter)) {
                        torn.add(seen.length + " bytes");
                        return;
                    }
                } catch (java.io.IOException e) {
                    torn.add(e.toString());
                    return;
                }
            }
        });
        reader.start();
        for (int save = 0; save < 200 && torn.isEmpty(); save++) {
            AtomicFiles.write(target, save % 2 == 0 ? shorter : longer);
        }
        saving.set(false);
        reader.join(30_000);
        assertEquals(List.of(), torn, "a reader saw a file half written or missing");
    }
}
