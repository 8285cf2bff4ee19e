package ers.portfolio.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.edit.SetCriterion;
import ers.testing.Portfolios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryTest {

    @TempDir
    Path home;

    @Test
    void aRunningSessionsCopyIsNotOfferedButAKilledOnesIs() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        Path original = home.resolve("alex.ers.json");
        Process editor = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledEditor.class.getName(),
                store.folder().toString(), original.toString()).redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(editor.getInputStream()))) {
            assertEquals("written", out.readLine());
            assertTrue(store.orphans().isEmpty(), "the editor that wrote it is still running");
        } finally {
            editor.destroyForcibly().waitFor();
        }

        List<Recovered> left = store.orphans();
        assertEquals(1, left.size());
        assertEquals(Portfolios.small(), left.get(0).portfolio().orElseThrow());
        assertEquals(original.toAbsolutePath(), left.get(0).original());

        store.discard(left.get(0));
        assertTrue(store.orphans().isEmpty());
        assertEquals(List.of(), listing(store.folder()));
    }

    /** On Linux, closing any channel on a file drops every lock the process holds on it. */
    @Test
    void askingWhetherThisEditorsRecoveryLockIsHeldDoesNotReleaseIt() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        try (RecoverySession session = store.startSession()) {
            session.write(Portfolios.small(), home.resolve("alex.ers.json"));
            assertTrue(store.orphans().isEmpty(), "this editor's own copy is not offered to itself");
            store.startSession().close();

            Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OrphanCount.class.getName(),
                    store.folder().toString()).redirectErrorStream(true).start();
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream()))) {
                assertEquals("0", out.readLine(), "another editor must still see this one running");
            } finally {
                other.waitFor();
            }
        }
    }

    @Test
    void aCleanCloseLeavesNothing() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        try (RecoverySession session = store.startSession()) {
            session.write(Portfolios.small(), null);
        }
        assertEquals(List.of(), listing(store.folder()));
    }

    @Test
    void aBrokenCopyIsReportedWithItsProblem() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        Files.createDirectories(store.folder());
        Files.writeString(store.folder().resolve("session-x.ers.json"), "{\"format\": 1");
        Recovered broken = store.orphans().get(0);
        assertTrue(broken.portfolio().isEmpty());
        assertTrue(broken.problems().get(0).toString().contains("session-x.ers.json"), broken.problems().toString());
    }

    @Test
    void theAutosaverWritesAfterTheDelayAndClearsOnSave() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        List<IOException> failures = new ArrayList<>();
        RecoverySession session = store.startSession();
        try (Autosaver autosaver = new Autosaver(session, 50, failures::add)) {
            Portfolio first = Portfolios.small();
            Portfolio second = new SetCriterion("ocr-b13", "r1", "1.3", true).applyTo(first);
            autosaver.changed(first, null);
            autosaver.changed(second, null);
            assertFalse(Files.exists(session.copy()), "nothing is written before the delay");
            long deadline = System.currentTimeMillis() + 5000;
            while (!Files.exists(session.copy()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(second, ers.portfolio.PortfolioReader.read(session.copy()), "the latest state is written");

            autosaver.saved();
            assertFalse(Files.exists(session.copy()));
        }
        session.close();
        assertEquals(List.of(), failures);
    }

    @Test
    void flushWritesAtOnce() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        try (RecoverySession session = store.startSession();
             Autosaver autosaver = new Autosaver(session, 60_000, e -> { })) {
            autosaver.changed(Portfolios.small(), null);
            autosaver.flush();
            assertTrue(Files.exists(session.copy()));
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void aLockLeftWithoutACopyIsSweptAtTheNextStartAndOneWithACopyIsKept() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        Files.createDirectories(store.folder());
        Files.createFile(store.folder().resolve("session-empty.lock"));
        Files.createFile(store.folder().resolve("session-work.lock"));
        ers.portfolio.PortfolioWriter.save(Portfolios.small(), store.folder().resolve("session-work.ers.json"));
        try (RecoverySession session = store.startSession()) {
            List<String> files = listing(store.folder());
            assertFalse(files.contains("session-empty.lock"));
            assertTrue(files.contains("session-work.lock"));
            assertEquals(1, store.orphans().size());
        }
    }
}
