package ers.ui.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioWriter;
import ers.portfolio.SamplingRecord;
import ers.portfolio.edit.SetCriterion;
import ers.portfolio.files.PortfolioFile;
import ers.portfolio.seal.TrustList;
import ers.testing.Portfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What verifier mode writes never replaces what it must not: its report never goes over the
 * portfolio it verifies nor over a file that is not a PDF, and a sample is not saved over a
 * file another editor saved since it was opened here.
 */
@Tag("ui")
class VerifierWritesTest {

    @TempDir
    Path dir;

    @Test
    void theReportIsNotWrittenOverThePortfolioBeingVerifiedNorOverAFileThatIsNotAPdf() throws Exception {
        Path file = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), file);
        byte[] before = Files.readAllBytes(file);
        PortfolioFile.Opened opened = PortfolioFile.open(file);
        VerifierModel model = new VerifierModel(opened.portfolio(), opened.file(), new TrustList(dir.resolve("trusted")),
                new ers.ui.work.WaitingWork(Runnable::run));
        Path symbolic = Files.createSymbolicLink(dir.resolve("alex-verification.pdf"), file.getFileName());
        Path notes = Files.writeString(dir.resolve("notes.pdf"), "my notes");

        String onPortfolio = model.exportReport(symbolic);
        String onNotes = model.exportReport(notes);

        assertEquals("The report was not written to " + symbolic + ": it is the portfolio being verified itself. "
                + "Choose another name.", onPortfolio);
        assertTrue(onNotes.startsWith("The report was not written to " + notes + ": it already exists and is not a PDF"),
                onNotes);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals("my notes", Files.readString(notes));
    }

    @Test
    void aSampleIsNotSavedOverAFileAnotherEditorSavedSinceItWasOpenedForVerification() throws Exception {
        Path file = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), file);
        PortfolioFile.Opened opened = PortfolioFile.open(file);
        VerifierModel model = new VerifierModel(opened.portfolio(), opened.file(), new TrustList(dir.resolve("trusted")),
                new ers.ui.work.WaitingWork(Runnable::run));
        PortfolioWriter.save(new SetCriterion("ocr-b13", "r1", "1.3", true).applyTo(Portfolios.small()), file);
        byte[] theirs = Files.readAllBytes(file);

        String said = model.recordSample("ocr-b13", new SamplingRecord(Instant.parse("2026-06-01T10:00:00Z"),
                SamplingRecord.Sampler.INTERNAL_VERIFIER, "Daniel Okafor", List.of(), List.of("1.1"),
                SamplingRecord.Outcome.AGREED, "looked at the observation"));

        assertTrue(said.startsWith("Sample recorded but NOT saved: " + file + " it was changed on"), said);
        assertArrayEquals(theirs, Files.readAllBytes(file), "the other editor's save stands");
    }
}
