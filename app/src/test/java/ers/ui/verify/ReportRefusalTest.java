package ers.ui.verify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioWriter;
import ers.portfolio.files.PortfolioFile;
import ers.portfolio.seal.TrustList;
import ers.testing.Portfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verifier mode's Export verification report never writes over the portfolio it verifies, nor over a file that is not a PDF. */
@Tag("ui")
class ReportRefusalTest {

    @TempDir
    Path dir;

    @Test
    void theReportIsNotWrittenOverThePortfolioBeingVerifiedNorOverAFileThatIsNotAPdf() throws Exception {
        Path file = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), file);
        byte[] before = Files.readAllBytes(file);
        PortfolioFile.Opened opened = PortfolioFile.open(file);
        VerifierModel model = new VerifierModel(opened.portfolio(), opened.file(), new TrustList(dir.resolve("trusted")));
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
}
