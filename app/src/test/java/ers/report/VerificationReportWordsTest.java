package ers.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.pdf.Fixtures;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.seal.TrustList;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report counts as a verifier reads them: one criterion, one piece of evidence. */
class VerificationReportWordsTest {

    @Test
    void aUnitOfOneCriterionIsCountedSingular(@TempDir Path trusted) throws Exception {
        Portfolio portfolio = Fixtures.portfolio(new PortfolioUnit(Fixtures.unit("ONE", 1, 1),
                List.of(Fixtures.row("E1", "Observation", List.of("O"), "1.1")), List.of(), List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new VerificationReport(portfolio, new TrustList(trusted)).write(out);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(text.contains("Coverage: 1 of 1 criterion covered by 1 piece of evidence."), text);
        }
    }
}
