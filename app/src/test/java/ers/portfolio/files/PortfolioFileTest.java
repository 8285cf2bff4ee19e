package ers.portfolio.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioWriter;
import ers.portfolio.edit.SetCriterion;
import ers.testing.Portfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a save checks first: is the file still the one this editor read or last wrote? */
class PortfolioFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileSavedByAnotherEditorSinceItWasOpenedIsReportedAndOwnSavesAreNot() throws Exception {
        Path path = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), path);
        PortfolioFile mine = PortfolioFile.open(path).file();
        PortfolioFile theirs = PortfolioFile.open(path).file();
        assertEquals(Optional.empty(), mine.changedOnDisk());

        theirs.write(new SetCriterion("ocr-b13", "r1", "1.3", true).applyTo(Portfolios.small()));

        assertTrue(mine.changedOnDisk().orElseThrow().startsWith("it was changed on "), mine.changedOnDisk().toString());
        assertEquals(Optional.empty(), theirs.changedOnDisk(), "an editor's own save is not a change to it");
    }

    @Test
    void aChangeOfTheSameSizeWithTheOldTimeKeptIsCaughtByTheDigest() throws Exception {
        Path path = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), path);
        PortfolioFile mine = PortfolioFile.open(path).file();
        FileTime time = Files.getLastModifiedTime(path);
        String text = Files.readString(path);
        Files.writeString(path, text.replace("\"1.1\"", "\"1.2\""));
        Files.setLastModifiedTime(path, time);
        assertEquals(text.length(), Files.readString(path).length());

        assertTrue(mine.changedOnDisk().orElseThrow().endsWith("with different content"), mine.changedOnDisk().toString());
    }

    @Test
    void aFileDeletedSinceItWasOpenedIsReported() throws Exception {
        Path path = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), path);
        PortfolioFile mine = PortfolioFile.open(path).file();
        Files.delete(path);
        assertEquals("it was deleted or moved away since this editor opened it", mine.changedOnDisk().orElseThrow());
    }

    @Test
    void leftoverTemporaryFilesOfAKilledSaveAreSweptWhenThePortfolioIsOpened() throws Exception {
        Path path = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), path);
        Path leftover = Files.writeString(dir.resolve(".alex.ers.json.4242.part"), "half a save");
        Files.setLastModifiedTime(leftover, FileTime.from(Instant.now().minusSeconds(60)));

        PortfolioFile.open(path);

        assertFalse(Files.exists(leftover));
    }
}
