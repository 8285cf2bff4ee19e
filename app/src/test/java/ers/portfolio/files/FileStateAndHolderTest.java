package ers.portfolio.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the editor tells the user about a file changed behind its back, and about who holds its lock. */
class FileStateAndHolderTest {

    /** SHA-256 of "abc", from FIPS 180-2, appendix B.1. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    /** The local time of {@code instant} as the user reads it, worked out field by field. */
    private static String local(Instant instant, boolean seconds) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
        String day = String.format("%02d/%02d/%04d %02d:%02d", t.getDayOfMonth(), t.getMonthValue(), t.getYear(),
                t.getHour(), t.getMinute());
        return seconds ? day + String.format(":%02d", t.getSecond()) : day;
    }

    @Test
    void aFilesStateIsItsSizeItsTimeAndTheDigestOfItsBytes() throws Exception {
        Path file = Files.writeString(dir.resolve("a.ers.json"), "abc");
        Instant when = Instant.parse("2026-11-30T16:45:07Z");
        Files.setLastModifiedTime(file, FileTime.from(when));
        assertEquals(new FileState(3, when, ABC), FileState.of(file));
        assertEquals(ABC, FileState.sha256Of("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aChangeIsDescribedByWhenItHappenedItsSizeAndWhetherTheContentDiffers() {
        Instant when = Instant.parse("2026-11-30T16:45:07Z");
        FileState before = new FileState(100, Instant.parse("2026-11-30T09:00:00Z"), ABC);
        assertEquals("it was changed on " + local(when, true) + " and is now 120 bytes (it was 100), with different content",
                new FileState(120, when, "00").changesSince(before));
        assertEquals("it was changed on " + local(when, true) + " and is now 100 bytes, with different content",
                new FileState(100, when, "00").changesSince(before), "the same size is not repeated");
        assertEquals("it was changed on " + local(when, true) + " and is now 100 bytes",
                new FileState(100, when, ABC).changesSince(before), "only touched: the content is the same");
    }

    @Test
    void aLockNoteReadsBackAsWhoWroteItAndDescribesThemInPlainWords() throws Exception {
        Instant since = Instant.parse("2026-12-01T09:14:00Z");
        LockHolder jo = new LockHolder("jo", "LAPTOP-7", 4242, since, "t-1");
        Path note = Files.writeString(dir.resolve("a.ers.json.lock"), jo.toText());
        assertEquals(jo, LockHolder.read(note));
        assertEquals("jo on LAPTOP-7 (process 4242), since " + local(since, false), jo.describe());
        assertFalse(jo.isThisProcess());
        assertTrue(new LockHolder("jo", "here", ProcessHandle.current().pid(), since, "t").isThisProcess());
    }

    @Test
    void aNoteThatCannotBeReadStillSaysSomeoneHasTheFileOpen() throws Exception {
        Path garbled = Files.writeString(dir.resolve("b.lock"), "user=jo\npid=many\n");
        assertEquals(LockHolder.UNKNOWN, LockHolder.read(garbled));
        assertEquals(LockHolder.UNKNOWN, LockHolder.read(dir.resolve("missing.lock")));
        assertEquals("someone on another computer", LockHolder.UNKNOWN.describe(), "no process 0, no 1970");
        Path partial = Files.writeString(dir.resolve("c.lock"), "since=2026-12-01T09:14:00Z\n");
        assertEquals(new LockHolder("someone", "another computer", 0, Instant.parse("2026-12-01T09:14:00Z"), ""),
                LockHolder.read(partial), "what the note leaves out is filled in as unknown");
    }
}
