package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.SamplingRecord;
import ers.portfolio.SamplingRecord.Outcome;
import ers.portfolio.SamplingRecord.Sampler;
import ers.portfolio.SignatureJudge;
import ers.sampling.Sampling;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The unit achievement record, read back from the PDF it is printed to. */
class SummaryExportTest {

    private static final Path SAMPLES = Path.of(System.getProperty("ers.repo", "..")).resolve("samples");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @BeforeAll
    static void initialiseVeraPdf() {
        ArchivalPdfTest.initialiseVeraPdf();
    }

    private static byte[] summary(String sample) throws Exception {
        return summary(PortfolioReader.read(SAMPLES.resolve(sample)));
    }

    private static byte[] summary(Portfolio portfolio) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SummaryExport.write(portfolio, SummaryExport.layout(portfolio, SignatureJudge.standard(), TODAY), out);
        return out.toByteArray();
    }

    @Test
    void theSignedSampleShowsEveryUnitSignedOffWithItsCreditsAndDates() throws Exception {
        byte[] pdf = summary("signed-team-leading.ers.json");
        try (PDDocument document = PdfReading.load(pdf)) {
            String text = PdfReading.text(document);
            assertTrue(text.contains("Unit achievement record"), text);
            assertTrue(text.contains("B14 Review the quality of customer service 4 8 17 of 17 08/09/2026 HELEN WHITWORTH"), text);
            assertTrue(text.contains("19/05/2026, Daniel Okafor"), "the IV's signature shows as sampled: " + text);
            assertTrue(text.contains("Credits signed off: 28 of 28 credits (4 of 4 units). Criteria covered: 66 of 66."), text);
            assertTrue(text.contains("Every criterion of every unit is covered."), text);
            assertTrue(text.contains("Page 1 of 1"), text);
        }
        ArchivalPdfTest.assertPdfA2b(pdf);
    }

    @Test
    void theGapAnalysisListsEveryUncoveredCriterionInFull() throws Exception {
        try (PDDocument document = PdfReading.load(summary("in-progress-customer-service.ers.json"))) {
            String text = PdfReading.text(document);
            assertTrue(text.contains("Credits signed off: 0 of 24 credits (0 of 3 units). Criteria covered: 17 of 56."), text);
            assertTrue(text.contains("Unit B13 Plan, organise and control customer service operations: 15 criteria uncovered"), text);
            assertTrue(text.contains("1.3 identify any contingencies that may occur, assess their risks and develop effective plans to deal with them"), text);
            assertTrue(text.contains("No evidence"), "CC17 has none: " + text);
            assertEquals(2, document.getNumberOfPages());
            assertTrue(PdfReading.text(document, 1).contains("Page 2 of 2"));
        }
    }

    @Test
    void anUnsignedUnitSampledByTheInternalVerifierShowsTheSamplesDateNameAndOutcome() throws Exception {
        Portfolio portfolio = Sampling.record(PortfolioReader.read(SAMPLES.resolve("in-progress-customer-service.ers.json")),
                "ocr-b14", new SamplingRecord(Instant.parse("2026-06-30T23:30:00Z"), Sampler.INTERNAL_VERIFIER,
                        "Daniel Okafor", List.of(), List.of("1.1"), Outcome.ACTION_NEEDED, "asked for a witness statement"));
        try (PDDocument document = PdfReading.load(summary(portfolio))) {
            String text = PdfReading.text(document);
            // The IV column is narrow: the outcome wraps to the cell's second line.
            assertTrue(text.contains("not yet 01/07/2026, Daniel Okafor:\naction needed\n"), "the UK date of the sample: " + text);
        }
    }
}
