package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.edit.SetCriterion;
import ers.spec.UnitCatalog;
import ers.testing.Portfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's decisions, with scripted dialogs and no window. */
@Tag("ui")
class EditorModelTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> work = new ArrayList<>();
    private EditorModel model;
    private Path file;

    @BeforeEach
    void openSmallPortfolio() throws Exception {
        file = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), file);
        model = new EditorModel(dialogs, UnitCatalog::bundledOnly, new RecentFiles(dir.resolve("recent.txt")),
                new UnsavedWork() {
                    @Override
                    public void unsaved(Portfolio portfolio, Path f) {
                        work.add("unsaved");
                    }

                    @Override
                    public void clean() {
                        work.add("clean");
                    }
                });
        assertTrue(model.open(file));
    }

    @Test
    void theTitleShowsUnsavedChangesUntilSaved() {
        assertEquals("alex.ers.json — Evidence Record Sheets", model.titleProperty().get());
        model.apply(new SetCriterion("ocr-b13", "r1", "1.3", true));
        assertEquals("* alex.ers.json — Evidence Record Sheets", model.titleProperty().get());
        assertEquals("Undo tick 1.3", model.undoTextProperty().get());
        assertTrue(model.save());
        assertEquals("alex.ers.json — Evidence Record Sheets", model.titleProperty().get());
        assertEquals(List.of("clean", "unsaved", "clean"), work);
    }

    /** A portfolio shared by a link from the user's own folder: saves reach everyone sharing it. */
    @Test
    void aPortfolioOpenedThroughASymbolicLinkIsSavedToItsTargetAndTheLinkStaysALink() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path target = Files.move(file, shared.resolve("alex.ers.json"));
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Path link = Files.createSymbolicLink(mine.resolve("alex.ers.json"), Path.of("../shared/alex.ers.json"));
        assertTrue(model.open(link));
        assertTrue(Files.exists(shared.resolve(".alex.ers.json.lock")), "the lock is beside the shared file");

        model.apply(new SetCriterion("ocr-b13", "r1", "1.3", true));
        assertTrue(model.save());
        model.apply(new SetCriterion("ocr-b13", "r1", "2.1", true));
        assertTrue(model.save());

        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertTrue(PortfolioReader.read(target).unit("ocr-b13").orElseThrow().evidence().get(0).covers("2.1"));
        assertEquals(List.of(), dialogs.asked, "the editor's own save through the link is not taken for another's");
        try (var left = Files.list(mine)) {
            assertEquals(List.of(link), left.toList());
        }
    }

    @Test
    void aBrokenFileIsExplainedAndTheOpenPortfolioStays() throws Exception {
        Portfolio before = model.portfolio();
        Path broken = dir.resolve("broken.ers.json");
        Files.writeString(broken, "{\n  \"format\": \"evidence-record-portfolio\",\n  \"formatVersion\": 1,\n}");
        assertFalse(model.open(broken));
        assertSame(before, model.portfolio());
        assertEquals(file, model.fileProperty().get());
        assertEquals("problems: Cannot open broken.ers.json", dialogs.asked.get(0));
        assertTrue(dialogs.problemsShown.get(0).toString().startsWith(broken + ":4:"), dialogs.problemsShown.toString());
    }

    @Test
    void unsavedWorkIsAskedAboutOnceAndCancelKeepsIt() {
        model.apply(new SetCriterion("ocr-b13", "r1", "1.3", true));
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.CANCEL);
        assertFalse(model.close());
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.DISCARD);
        assertTrue(model.close());
        assertEquals(List.of("unsaved: alex.ers.json", "unsaved: alex.ers.json"), dialogs.asked);
    }

    @Test
    void choosingSaveWhenAskedSavesBeforeOpeningAnother() throws Exception {
        model.apply(new SetCriterion("ocr-b13", "r1", "1.3", true));
        Path other = dir.resolve("other.ers.json");
        PortfolioWriter.save(Portfolios.large(3, 1, 2), other);
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.SAVE);
        assertTrue(model.open(other));
        assertTrue(PortfolioReader.read(file).unit("ocr-b13").orElseThrow().evidence().get(0).covers("1.3"));
        assertEquals(List.of(other.toAbsolutePath(), file.toAbsolutePath()), model.recentFilesProperty().get());
    }

    @Test
    void aNewPortfolioIsUnsavedAndSaveAsNamesItAfterTheCandidate() {
        dialogs.newPortfolio = Portfolios.small();
        model.newPortfolio();
        assertNull(model.fileProperty().get());
        assertEquals("* Untitled — Evidence Record Sheets", model.titleProperty().get());
        Path target = dir.resolve("new.ers.json");
        dialogs.files.add(target);
        assertTrue(model.save());
        assertEquals("save as: Alex-Morgan.ers.json", dialogs.asked.get(1));
        assertTrue(Files.exists(target));
    }

    @Test
    void aChangedBundledSpecIsOfferedAndAdoptedOnlyWhenChosen() throws Exception {
        Portfolio old = Portfolios.small();
        var b13 = old.unit("ocr-b13").orElseThrow();
        var s = b13.spec();
        var olderSpec = new ers.spec.UnitSpec(s.formatVersion(), s.id(), s.awardingBody(), s.code(),
                "An older title", s.ocrUnitNumber(), s.sectorUnitNumber(), s.unitReferenceNumber(), s.level(),
                s.creditValue(), s.guidedLearningHours(), s.expiryDate(), s.purpose(), s.outcomeStem(),
                s.criterionStem(), s.thirdColumnHeading(), s.learningOutcomes(), s.sections(), s.transcriptionNotes(), s.unknown(), s.incomplete());
        Path drifted = dir.resolve("drifted.ers.json");
        PortfolioWriter.save(old.withUnits(java.util.List.of(new ers.portfolio.PortfolioUnit(olderSpec, b13.evidence(), b13.signatures(), b13.history()), old.units().get(1))), drifted);

        dialogs.adoptAnswers.add(false);
        assertTrue(model.open(drifted));
        assertEquals("An older title", model.portfolio().unit("ocr-b13").orElseThrow().spec().title());
        assertFalse(model.unsavedProperty().get(), "keeping the copy changes nothing");
        assertTrue(dialogs.asked.get(0).startsWith("drift: B13: Unit B13: the bundled specification differs"),
                dialogs.asked.get(0));

        dialogs.adoptAnswers.add(true);
        assertTrue(model.open(drifted));
        assertEquals(s, model.portfolio().unit("ocr-b13").orElseThrow().spec());
        assertTrue(model.unsavedProperty().get());
        model.undo();
        assertEquals("An older title", model.portfolio().unit("ocr-b13").orElseThrow().spec().title());
    }
}
