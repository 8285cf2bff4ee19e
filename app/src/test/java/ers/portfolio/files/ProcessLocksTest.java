package ers.portfolio.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The process's one channel per lock file: regions, questions that change nothing, and reading the note. */
class ProcessLocksTest {

    @TempDir
    Path dir;

    @Test
    void separateRegionsOfOneFileAreHeldApartAndAnOverlapIsRefused() throws Exception {
        Path file = dir.resolve("a.lock");
        try (ProcessLocks.Held first = ProcessLocks.tryLock(file, 0, 10).orElseThrow();
             ProcessLocks.Held second = ProcessLocks.tryLock(file, 100, 10).orElseThrow()) {
            assertEquals(Optional.empty(), ProcessLocks.tryLock(file, 5, 10), "overlaps the first");
            assertTrue(first.channel().isOpen());
            assertTrue(second.channel().isOpen());
        }
    }

    @Test
    void theChannelClosesWithTheLastLockOnItAndAClosedLockCanBeTakenAgain() throws Exception {
        Path file = dir.resolve("a.lock");
        ProcessLocks.Held first = ProcessLocks.tryLock(file, 0, 10).orElseThrow();
        ProcessLocks.Held second = ProcessLocks.tryLock(file, 100, 10).orElseThrow();
        first.close();
        assertTrue(second.channel().isOpen(), "another lock is still on the file");
        first.close();
        assertTrue(second.channel().isOpen(), "closing twice does nothing more");
        try (ProcessLocks.Held again = ProcessLocks.tryLock(file, 0, 10).orElseThrow()) {
            assertTrue(again.channel().isOpen());
        }
        second.close();
        assertFalse(second.channel().isOpen(), "no lock left: the channel is closed");
    }

    @Test
    void askingWhetherALockIsHeldAnswersTrulyAndTakesNothing() throws Exception {
        Path file = dir.resolve("a.lock");
        assertFalse(ProcessLocks.isHeld(file, 0, 10), "no file, no lock");
        Files.writeString(file, "note");
        assertFalse(ProcessLocks.isHeld(file, 0, 10), "a file nobody locks");
        try (ProcessLocks.Held held = ProcessLocks.tryLock(file, 0, 10).orElseThrow()) {
            assertTrue(ProcessLocks.isHeld(file, 0, 10));
            assertFalse(ProcessLocks.isHeld(file, 100, 10), "another region of the same file is free");
            try (ProcessLocks.Held other = ProcessLocks.tryLock(file, 100, 10).orElseThrow()) {
                assertTrue(other.channel().isOpen(), "the question left that region free to take");
            }
            assertTrue(held.channel().isOpen(), "the question closed nothing");
        }
    }

    @Test
    void aFileIsOneWhateverFolderNameLeadsToIt() throws Exception {
        Path real = Files.createDirectory(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        try (ProcessLocks.Held held = ProcessLocks.tryLock(real.resolve("a.lock"), 0, 10).orElseThrow()) {
            assertEquals(Optional.empty(), ProcessLocks.tryLock(link.resolve("a.lock"), 0, 10));
            assertEquals(Optional.empty(), ProcessLocks.tryLock(real.resolve("../real/a.lock"), 0, 10));
            assertTrue(held.channel().isOpen());
        }
    }

    @Test
    void theNoteIsReadThroughTheHeldChannelUpToItsLimit() throws Exception {
        Path file = dir.resolve("a.lock");
        try (ProcessLocks.Held held = ProcessLocks.tryLock(file, 1L << 40, 1).orElseThrow()) {
            byte[] note = "user=jo\nhost=LAPTOP-7\n".getBytes(StandardCharsets.UTF_8);
            held.channel().write(ByteBuffer.wrap(note), 0);
            assertArrayEquals(note, ProcessLocks.read(file));
            byte[] big = new byte[100 * 1024];
            Arrays.fill(big, (byte) 'x');
            held.channel().write(ByteBuffer.wrap(big), 0);
            assertEquals(64 * 1024, ProcessLocks.read(file).length, "a note is short; more is not read");
        }
        Files.writeString(file, "user=sam\n");
        assertEquals("user=sam\n", new String(ProcessLocks.read(file), StandardCharsets.UTF_8), "no channel open: read as a file");
    }
}
