package ers.portfolio.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.edit.SetCriterion;
import ers.testing.Portfolios;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the next start offers of work an editor let go, and what the user is told when a copy cannot be kept. */
class LeftWorkTest {

    @TempDir
    Path home;

    @Test
    void workKeptAsideIsOfferedNewestFirstWithTheFileItBelongsTo() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        Portfolio never = Portfolios.small();
        Portfolio saved = new SetCriterion("ocr-b13", "r1", "1.3", true).applyTo(never);
        Map<Path, Portfolio> kept = Map.of(store.keep(never, null), never,
                store.keep(saved, home.resolve("alex.ers.json")), saved);
        // Dated in the order the folder lists them, so only sorting puts the newest first.
        List<Path> listed = new ArrayList<>();
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(store.folder(), "*" + RecoveryStore.COPY)) {
            copies.forEach(listed::add);
        }
        Instant older = Instant.parse("2026-01-01T10:00:00Z");
        Instant newer = Instant.parse("2026-01-02T10:00:00Z");
        Files.setLastModifiedTime(listed.get(0), FileTime.from(older));
        Files.setLastModifiedTime(listed.get(1), FileTime.from(newer));

        List<Recovered> offered = store.orphans();

        assertEquals(List.of(listed.get(1), listed.get(0)), offered.stream().map(Recovered::copy).toList());
        assertEquals(List.of(newer, older), offered.stream().map(Recovered::savedAt).toList());
        for (Recovered work : offered) {
            Portfolio portfolio = work.portfolio().orElseThrow();
            assertEquals(kept.get(work.copy()), portfolio);
            assertEquals(kept.get(work.copy()) == never ? null : home.resolve("alex.ers.json").toAbsolutePath(), work.original(),
                    "a portfolio never saved belongs to no file");
            assertEquals(List.of(), work.problems());
        }
    }

    @Test
    void noRecoveryFolderYetMeansNothingToOffer() {
        assertEquals(List.of(), new RecoveryStore(home.resolve("never-made")).orphans());
    }

    @Test
    void aCopyWhoseNoteOfTheFileIsBlankBelongsToNoFile() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        Path copy = store.keep(Portfolios.small(), home.resolve("alex.ers.json"));
        String stem = copy.getFileName().toString().replace(RecoveryStore.COPY, "");
        Files.writeString(store.folder().resolve(stem + RecoveryStore.ORIGIN), "  \n");
        assertNull(store.orphans().get(0).original());
    }

    @Test
    void discardingACopyRemovesItsNoteAndLockButNotOtherWork() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        Path kept = store.keep(Portfolios.small(), home.resolve("alex.ers.json"));
        Path other = store.keep(Portfolios.small(), home.resolve("sam.ers.json"));
        String stem = kept.getFileName().toString().replace(RecoveryStore.COPY, "");
        Files.createFile(store.folder().resolve(stem + RecoveryStore.LOCK));

        store.discard(store.orphans().stream().filter(r -> r.copy().equals(kept)).findFirst().orElseThrow());

        try (var files = Files.list(store.folder())) {
            List<String> left = files.map(p -> p.getFileName().toString()).sorted().toList();
            String otherStem = other.getFileName().toString().replace(RecoveryStore.COPY, "");
            assertEquals(List.of(otherStem + RecoveryStore.COPY, otherStem + RecoveryStore.ORIGIN), left);
        }
    }

    @Test
    void anAutosaveThatCannotWriteTellsTheEditor() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        List<IOException> failures = new ArrayList<>();
        try (RecoverySession session = store.startSession();
             Autosaver autosaver = new Autosaver(session, 60_000, failures::add)) {
            Files.createDirectories(session.copy().resolve("in-the-way"));
            autosaver.changed(Portfolios.small(), null);
            autosaver.flush();
            assertEquals(1, failures.size(), "a copy that could not be written is reported, not lost silently");

            autosaver.saved();
            assertEquals(2, failures.size(), "so is a copy that could not be removed after a save");
            Files.delete(session.copy().resolve("in-the-way"));
        }
    }

    @Test
    void flushingWithNothingChangedWritesNothing() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        try (RecoverySession session = store.startSession();
             Autosaver autosaver = new Autosaver(session, 60_000, e -> { })) {
            autosaver.changed(Portfolios.small(), null);
            autosaver.saved();
            autosaver.flush();
            assertFalse(Files.exists(session.copy()), "work saved before the delay leaves no copy behind");
        }
    }

    @Test
    void aKeptCopyIsNotSweptAsAStaleLock() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        store.keep(Portfolios.small(), null);
        store.startSession().close();
        assertEquals(1, store.orphans().size());
        assertTrue(store.orphans().get(0).portfolio().isPresent());
    }

    /** The editor quits at once however its autosave stands: the writer's thread never keeps the JVM alive. */
    @Test
    void aPendingAutosaveDoesNotKeepTheEditorRunning() throws Exception {
        RecoveryStore store = new RecoveryStore(home.resolve("recovery"));
        try (RecoverySession session = store.startSession();
             Autosaver autosaver = new Autosaver(session, 60_000, e -> { })) {
            autosaver.changed(Portfolios.small(), null);
            List<Thread> writers = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> t.getName().equals("autosave")).toList();
            assertFalse(writers.isEmpty());
            assertTrue(writers.stream().allMatch(Thread::isDaemon), "an autosave thread would hold the JVM open");
        }
    }
}
