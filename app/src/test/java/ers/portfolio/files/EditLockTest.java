package ers.portfolio.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock beside a portfolio: who has it open, and what an editor that was killed leaves. */
class EditLockTest {

    @TempDir
    Path dir;

    private Process holder(Path portfolio) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldsEditLock.class.getName(), portfolio.toString())
                .redirectErrorStream(true).start();
        assertEquals("taken", new BufferedReader(new InputStreamReader(process.getInputStream())).readLine());
        return process;
    }

    @Test
    void aPortfolioOpenInAnotherEditorIsReportedWithWhoHasItAndATakenOverLockOfAKilledOneIsSwept() throws Exception {
        Path portfolio = Files.writeString(dir.resolve("alex.ers.json"), "{}");
        Process other = holder(portfolio);
        try {
            EditLock.Attempt attempt = EditLock.take(portfolio, "sam", Clock.systemUTC());
            LockHolder who = assertInstanceOf(EditLock.InUse.class, attempt).holder();
            assertEquals("jo", who.user());
            assertEquals(other.pid(), who.pid());
            assertFalse(who.isThisProcess());
            assertTrue(who.describe().startsWith("jo on "), who.describe());
        } finally {
            other.destroyForcibly().waitFor();
        }
        Path lockFile = EditLock.fileOf(portfolio);
        assertTrue(Files.exists(lockFile), "a killed editor leaves its lock file");

        EditLock.Attempt after = EditLock.take(portfolio, "sam", Clock.systemUTC());
        try (EditLock mine = assertInstanceOf(EditLock.Taken.class, after).lock()) {
            assertEquals("sam", LockHolder.read(lockFile).user(), "the dead editor's lock is taken over");
        }
        assertFalse(Files.exists(lockFile), "a clean close leaves no lock file");
    }

    @Test
    void oneProcessSeesItsOwnLockAsInUseButItsOwnLockSurvivesTheQuestion() throws Exception {
        Path portfolio = Files.writeString(dir.resolve("alex.ers.json"), "{}");
        try (EditLock first = ((EditLock.Taken) EditLock.take(portfolio, "sam", Clock.systemUTC())).lock()) {
            EditLock.Attempt second = EditLock.take(portfolio, "sam", Clock.systemUTC());
            assertTrue(assertInstanceOf(EditLock.InUse.class, second).holder().isThisProcess());
            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), HoldsEditLock.class.getName(), portfolio.toString())
                    .redirectErrorStream(true).start();
            try {
                String said = new BufferedReader(new InputStreamReader(other.getInputStream())).readLine();
                assertTrue(said.startsWith("InUse"), "another process still sees the lock: " + said);
            } finally {
                other.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void theLockOfALinkedPortfolioIsBesideItsTarget() throws Exception {
        Path target = Files.writeString(dir.resolve("alex.ers.json"), "{}");
        Path link = Files.createSymbolicLink(dir.resolve("link.ers.json"), target.getFileName());
        assertEquals(dir.resolve(".alex.ers.json.lock"), EditLock.fileOf(link));
    }

    @Test
    void theNoteNamesTheUserThisComputerAndThisProcess() throws Exception {
        Path portfolio = Files.writeString(dir.resolve("alex.ers.json"), "{}");
        try (EditLock lock = assertInstanceOf(EditLock.Taken.class, EditLock.take(portfolio, "sam", Clock.systemUTC())).lock()) {
            LockHolder note = LockHolder.read(lock.file());
            assertEquals("sam", note.user());
            assertEquals(InetAddress.getLocalHost().getHostName(), note.host());
            assertTrue(note.isThisProcess());
        }
    }
}
