package ers.portfolio.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.edit.SetCriterion;
import ers.testing.Portfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A portfolio's file from Save As to close: what the editor knows of it, and its lock. */
class PortfolioFileLifeTest {

    @TempDir
    Path dir;

    private static Portfolio ticked() throws Exception {
        return new SetCriterion("ocr-b13", "r1", "1.3", true).applyTo(Portfolios.small());
    }

    private static EditLock lockOf(Path portfolio) {
        return assertInstanceOf(EditLock.Taken.class, EditLock.take(portfolio, "sam", Clock.systemUTC())).lock();
    }

    @Test
    void aFileSavedAsNewIsWrittenAndKnownSoOnlyAnotherEditorsChangeIsReported() throws Exception {
        Path path = dir.resolve("new.ers.json");
        try (PortfolioFile file = PortfolioFile.create(path, Portfolios.small(), null)) {
            assertEquals(Portfolios.small(), PortfolioReader.read(path));
            assertEquals(Optional.empty(), file.changedOnDisk(), "its own save is no change");
            PortfolioWriter.save(ticked(), path);
            assertTrue(file.changedOnDisk().orElseThrow().startsWith("it was changed on "));
            assertEquals(path, file.path());
        }
    }

    @Test
    void recoveredWorkForAFileNotThereKnowsWhenAnotherEditorCreatesIt() throws Exception {
        Path path = dir.resolve("gone.ers.json");
        PortfolioFile absent = PortfolioFile.asItIs(path);
        assertEquals(Optional.empty(), absent.changedOnDisk(), "nothing there, nothing to overwrite");
        PortfolioWriter.save(Portfolios.small(), path);
        assertEquals(Optional.of("another editor created it since"), absent.changedOnDisk());

        PortfolioFile present = PortfolioFile.asItIs(path);
        assertEquals(Optional.empty(), present.changedOnDisk(), "the file as it is now is what it knows");
        Files.delete(path);
        assertEquals(Optional.of("it was deleted or moved away since this editor opened it"), present.changedOnDisk());
    }

    @Test
    void reloadingReadsTheOtherEditorsVersionAndKnowsItFromThen() throws Exception {
        Path path = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), path);
        PortfolioFile mine = PortfolioFile.open(path).file();
        PortfolioWriter.save(ticked(), path);
        assertTrue(mine.changedOnDisk().isPresent());
        assertEquals(ticked(), mine.reload());
        assertEquals(Optional.empty(), mine.changedOnDisk());
    }

    @Test
    void aFileIsTheSameByAnyOfItsNamesAndNotAnother() throws Exception {
        Path path = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), path);
        PortfolioFile file = PortfolioFile.open(path).file();
        assertTrue(file.isSameFile(path));
        assertTrue(file.isSameFile(Files.createSymbolicLink(dir.resolve("link.ers.json"), path)));
        assertTrue(file.isSameFile(dir.resolve("sub/../alex.ers.json")), "one place by another spelling");
        Path other = dir.resolve("other.ers.json");
        PortfolioWriter.save(Portfolios.small(), other);
        assertFalse(file.isSameFile(other), "an equal copy is another file");
        assertFalse(file.isSameFile(dir.resolve("missing.ers.json")));
        assertTrue(file.isSameFile(Files.createLink(dir.resolve("hard.ers.json"), path)), "a hard link is the file by identity");
        Path loop = Files.createSymbolicLink(dir.resolve("loop-a"), dir.resolve("loop-b"));
        Files.createSymbolicLink(dir.resolve("loop-b"), loop);
        assertFalse(file.isSameFile(loop), "a link that leads round in a circle names no file");
        assertTrue(PortfolioFile.asItIs(dir.resolve("a/../x.ers.json")).isSameFile(dir.resolve("x.ers.json")),
                "neither exists: the same place once spelled alike");
    }

    @Test
    void theLockIsHeldUntilCloseHandedOverOrReplacedByOneTakenLater() throws Exception {
        Path path = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), path);
        Path lockFile = EditLock.fileOf(path);

        PortfolioFile file = PortfolioFile.create(path, Portfolios.small(), lockOf(path));
        assertTrue(file.lock().isPresent());
        file.close();
        assertEquals(Optional.empty(), file.lock());
        assertFalse(Files.exists(lockFile), "closing the file lets its lock go");
        file.close();

        PortfolioFile first = PortfolioFile.create(path, Portfolios.small(), lockOf(path));
        EditLock given = first.handOverLock().orElseThrow();
        assertEquals(Optional.empty(), first.lock());
        first.close();
        assertTrue(Files.exists(lockFile), "a lock handed over stays when the first view closes");
        given.close();

        PortfolioFile readOnly = PortfolioFile.open(path).file();
        assertEquals(Optional.empty(), readOnly.handOverLock());
        EditLock later = lockOf(path);
        readOnly.adopt(later);
        assertSame(later, readOnly.lock().orElseThrow());
        PortfolioFile again = PortfolioFile.create(path, Portfolios.small(), lockOf(dir.resolve("b.ers.json")));
        EditLock replaced = again.lock().orElseThrow();
        again.adopt(later);
        assertFalse(Files.exists(replaced.file()), "adopting a lock lets the one held before go");
        readOnly.close();
        assertFalse(Files.exists(lockFile));
    }
}
