package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.edit.SetCriterion;
import ers.portfolio.recovery.RecoveryStore;
import ers.spec.UnitCatalog;
import ers.testing.Portfolios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two editors on one file, with scripted dialogs: neither loses the other's edit without being asked. */
@Tag("ui")
class TwoEditorsTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs aliceDialogs = new ScriptedDialogs();
    private final ScriptedDialogs bobDialogs = new ScriptedDialogs();
    private RecoveryStore recovery;
    private Path file;
    private EditorModel alice;
    private EditorModel bob;

    @BeforeEach
    void bothOpenTheSameFile() throws Exception {
        file = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), file);
        recovery = new RecoveryStore(dir.resolve("recovery"));
        alice = editor(aliceDialogs);
        assertTrue(alice.open(file));
        assertEquals(List.of(), aliceDialogs.asked, "the first editor is asked nothing");
        bob = editor(bobDialogs);
    }

    @AfterEach
    void closeBoth() {
        alice.release();
        bob.release();
    }

    private EditorModel editor(ScriptedDialogs dialogs) {
        return new EditorModel(dialogs, UnitCatalog::bundledOnly, new RecentFiles(dir.resolve("recent.txt")),
                new UnsavedWork() {
                    @Override
                    public void unsaved(Portfolio portfolio, Path f) {
                    }

                    @Override
                    public void clean() {
                    }

                    @Override
                    public Path keepAside(Portfolio portfolio, Path f) throws IOException {
                        return recovery.keep(portfolio, f);
                    }
                });
    }

    private static void tick(EditorModel editor, String criterion) {
        editor.apply(new SetCriterion("ocr-b13", "r1", criterion, true));
    }

    private static boolean ticked(Portfolio portfolio, String criterion) {
        return portfolio.unit("ocr-b13").orElseThrow().evidence().get(0).covers(criterion);
    }

    private Portfolio onDisk() throws Exception {
        return PortfolioReader.read(file);
    }

    /** Bob insists on editing; Alice saves first; Bob's save must not silently drop her tick. */
    private void bothTickAliceSavesFirst() {
        bobDialogs.inUseAnswers.add(DialogService.InUseChoice.EDIT_ANYWAY);
        assertTrue(bob.open(file));
        tick(alice, "1.3");
        tick(bob, "2.1");
        assertTrue(alice.save());
    }

    @Test
    void twoEditorsOneFileTheLaterSaveIsStoppedAndCancellingKeepsTheFirstEditorsTick() throws Exception {
        bothTickAliceSavesFirst();
        bobDialogs.changedAnswers.add(DialogService.ChangedChoice.CANCEL);

        assertFalse(bob.save());

        assertTrue(bobDialogs.asked.stream().anyMatch(q -> q.startsWith("changed: alex.ers.json: it was changed on")),
                bobDialogs.asked.toString());
        assertTrue(ticked(onDisk(), "1.3"), "Alice's tick is still in the file");
        assertTrue(bob.unsavedProperty().get(), "Bob's tick is still open, unsaved");
        assertFalse(bobDialogs.asked.stream().anyMatch(q -> q.startsWith("confirm:")),
                "having chosen to edit anyway, Bob is not asked again at each save: " + bobDialogs.asked);
    }

    @Test
    void twoEditorsOneFileReloadShowsTheFirstEditorsTickAndKeepsTheSecondsAside() throws Exception {
        bothTickAliceSavesFirst();
        bobDialogs.changedAnswers.add(DialogService.ChangedChoice.RELOAD);

        bob.save();

        assertTrue(ticked(bob.portfolio(), "1.3"), "Bob now sees Alice's tick");
        assertFalse(bob.unsavedProperty().get());
        var kept = recovery.orphans();
        assertEquals(1, kept.size(), "Bob's work is kept in the recovery folder, offered at the next start");
        assertTrue(ticked(kept.get(0).portfolio().orElseThrow(), "2.1"));
        assertEquals(file.toAbsolutePath(), kept.get(0).original());
        assertTrue(bobDialogs.asked.stream().anyMatch(q -> q.startsWith("info: Reloaded") && q.contains(
                kept.get(0).copy().toString())), bobDialogs.asked.toString());
        assertTrue(ticked(onDisk(), "1.3"));
        assertFalse(ticked(onDisk(), "2.1"));
    }

    @Test
    void twoEditorsOneFileSaveAsKeepsBothAndOverwriteReplacesOnlyWhenChosen() throws Exception {
        bothTickAliceSavesFirst();
        Path other = dir.resolve("alex-bob.ers.json");
        bobDialogs.changedAnswers.add(DialogService.ChangedChoice.SAVE_AS);
        bobDialogs.files.add(other);

        assertTrue(bob.save());
        assertTrue(ticked(PortfolioReader.read(other), "2.1"));
        assertTrue(ticked(onDisk(), "1.3"));
        assertFalse(ticked(onDisk(), "2.1"));

        tick(alice, "3.1");
        assertTrue(alice.save(), "Alice's file is still hers to save: Bob moved to another");
        assertEquals(List.of(), aliceDialogs.asked);
    }

    @Test
    void twoEditorsOneFileOverwriteIsTheSecondEditorsChoiceAndThenTheFirstIsAsked() throws Exception {
        bothTickAliceSavesFirst();
        bobDialogs.changedAnswers.add(DialogService.ChangedChoice.OVERWRITE);
        assertTrue(bob.save());
        assertTrue(ticked(onDisk(), "2.1"));

        tick(alice, "3.1");
        aliceDialogs.changedAnswers.add(DialogService.ChangedChoice.CANCEL);
        assertFalse(alice.save(), "Bob replaced Alice's save: she is asked before hers replaces his");
        assertTrue(ticked(onDisk(), "2.1"));
    }

    @Test
    void aSecondEditorIsToldTheFileIsOpenAndOpensItReadOnly() throws Exception {
        bobDialogs.inUseAnswers.add(DialogService.InUseChoice.READ_ONLY);
        assertTrue(bob.open(file));
        assertTrue(bobDialogs.asked.get(0).startsWith("in use: alex.ers.json by another window of this editor"),
                bobDialogs.asked.toString());
        assertEquals("alex.ers.json [read-only] — Evidence Record Sheets", bob.titleProperty().get());
        assertTrue(bob.openedMessage().contains("read-only"), bob.openedMessage());

        tick(bob, "2.1");
        bobDialogs.files.add(file);
        bobDialogs.confirmAnswers.add(false);
        assertFalse(bob.save(), "Save on a read-only file is Save As; onto the same file it asks first");
        assertTrue(bobDialogs.asked.contains("save as: alex.ers.json"), bobDialogs.asked.toString());
        assertTrue(bobDialogs.asked.contains("confirm: Save over alex.ers.json?"), bobDialogs.asked.toString());
        assertFalse(ticked(onDisk(), "2.1"));
    }

    @Test
    void onceTheFirstEditorClosesTheFileIsNoLongerInUse() {
        assertTrue(alice.close());
        bobDialogs.inUseAnswers.clear();
        assertTrue(bob.open(file));
        assertEquals(List.of(), bobDialogs.asked);
        assertEquals("alex.ers.json — Evidence Record Sheets", bob.titleProperty().get());
    }

    @Test
    void saveAsOverAFileThatIsNotAPortfolioIsRefused() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.ers.json"), "my notes");
        tick(alice, "2.1");
        aliceDialogs.files.add(notes);
        assertFalse(alice.saveAs());
        assertEquals("my notes", Files.readString(notes));
        assertTrue(aliceDialogs.asked.stream().anyMatch(q -> q.startsWith("error: Cannot save as notes.ers.json")
                && q.contains("is not a portfolio")), aliceDialogs.asked.toString());
    }
}
