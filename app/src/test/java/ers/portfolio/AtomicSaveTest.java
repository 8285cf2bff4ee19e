package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving never leaves a half-written portfolio: content goes to a temporary file beside the
 * target, which only a rename puts in place, and a failed save leaves the old file as it was.
 * {@link AtomicReplaceTest} kills a writer before its rename and races a reader against saves.
 */
class AtomicSaveTest {

    @TempDir
    Path dir;

    @Test
    void aSaveThatFailsMidwayLeavesTheOldFileByteForByteAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("candidate.ers.json");
        PortfolioWriter.save(SmallPortfolio.create(), target);
        byte[] before = Files.readAllBytes(target);

        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("{\"format\" : \"evidence-record-portfolio\", \"units\" : [".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));

        assertEquals("No space left on device", e.getMessage(), "the cause reaches the user unchanged");
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void whileTheNewContentIsWrittenTheOldFileIsStillWholeAndTheNewGoesBesideIt() throws IOException {
        Path target = dir.resolve("candidate.ers.json");
        Files.writeString(target, "old content");
        List<Path> seenDuringWrite = new ArrayList<>();
        List<String> targetDuringWrite = new ArrayList<>();

        AtomicFiles.write(target, out -> {
            out.write("new content".getBytes(StandardCharsets.UTF_8));
            out.flush();
            seenDuringWrite.addAll(files());
            targetDuringWrite.add(Files.readString(target));
        });

        assertEquals(List.of("old content"), targetDuringWrite);
        assertEquals(2, seenDuringWrite.size(), "the target and one temporary file: " + seenDuringWrite);
        Path temp = seenDuringWrite.stream().filter(p -> !p.equals(target)).findFirst().orElseThrow();
        assertEquals(dir, temp.getParent(), "beside the target, so the rename is within one file system");
        assertTrue(temp.getFileName().toString().startsWith(".candidate.ers.json."), temp.toString());
        assertEquals("new content", Files.readString(target));
        assertEquals(List.of(target), files(), "the temporary file was renamed, not left behind");
    }

    @Test
    void aSaveOverALongerFileReplacesItWhole() throws Exception {
        Path target = dir.resolve("candidate.ers.json");
        Portfolio big = SmallPortfolio.create();
        PortfolioWriter.save(big, target);
        Portfolio small = big.withUnits(List.of());
        PortfolioWriter.save(small, target);

        assertArrayEquals(PortfolioWriter.toBytes(small), Files.readAllBytes(target), "no tail of the longer file remains");
        assertEquals(small, PortfolioReader.read(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aSaveIntoANewFileCreatesIt() throws Exception {
        Path target = dir.resolve("new folder-less name.ers.json");
        PortfolioWriter.save(SmallPortfolio.create(), target);
        assertEquals(SmallPortfolio.create(), PortfolioReader.read(target));
    }

    @Test
    void contentThatWouldNotOpenAgainIsNotSavedAndTheOldFileStays() throws IOException {
        Path target = dir.resolve("candidate.ers.json");
        Portfolio good = SmallPortfolio.create();
        PortfolioWriter.save(good, target);
        byte[] before = Files.readAllBytes(target);
        PortfolioUnit unit = good.units().get(0);
        EvidenceRow row = unit.evidence().get(0);
        Portfolio tooLong = good.withUnits(List.of(unit.withEvidence(List.of(new EvidenceRow(row.id(), "E".repeat(41),
                row.title(), row.methods(), row.date(), row.location(), row.notes(), row.criteria())))));

        IOException e = assertThrows(IOException.class, () -> PortfolioWriter.save(tooLong, target));

        assertEquals("not saved, because the file could not be opened again: "
                + "/evidence/0/reference (evidence " + "E".repeat(41) + "): must be at most 40 characters long",
                e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    /** A portfolio in a shared folder must stay readable by the verifier after the assessor saves it. */
    @Test
    void aReplacedFileKeepsItsPermissionsAndANewOneIsTheOwnersOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path shared = dir.resolve("shared.ers.json");
        Files.writeString(shared, "old");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));
        PortfolioWriter.save(SmallPortfolio.create(), shared);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)));

        Path created = dir.resolve("new.ers.json");
        PortfolioWriter.save(SmallPortfolio.create(), created);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
    }

    private List<Path> files() throws IOException {
        try (var stream = Files.list(dir)) {
            return stream.sorted().toList();
        }
    }
}
