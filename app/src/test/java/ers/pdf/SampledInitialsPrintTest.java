package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.SamplingRecord;
import ers.portfolio.SamplingRecord.Outcome;
import ers.portfolio.SamplingRecord.Sampler;
import ers.portfolio.SignatureJudge;
import ers.sampling.Sampling;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The IV initials line prints from the internal verifier's sample where no IV signature is on it. */
class SampledInitialsPrintTest {

    private static final String LINE = "IV initials (if sampled) and date:";
    private static final String COUNTER = "Countersignature of qualified IV (if required) and date:";

    private static String ivLine(Portfolio portfolio, String unitId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.toPdf(portfolio, List.of(unitId), SignatureJudge.standard(), out, ExportProgress.NONE);
        try (PDDocument pdf = PdfReading.load(out.toByteArray())) {
            String text = SheetPdfTest.flat(PdfReading.text(pdf));
            int from = text.indexOf(LINE);
            assertTrue(from >= 0, text);
            return text.substring(from, text.indexOf("Key to assessment methods", from));
        }
    }

    private static Portfolio sampled(Portfolio portfolio, String unitId, Sampler by, String name, String at,
                                     Outcome outcome) {
        return Sampling.record(portfolio, unitId, new SamplingRecord(Instant.parse(at), by, name, List.of(),
                List.of("1.1"), outcome, "looked at the witness statement"));
    }

    @Test
    void anUnsignedLinePrintsTheSamplersInitialsUkDateAndOutcome() throws Exception {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London: the sheet gives the UK date.
        Portfolio portfolio = sampled(Fixtures.signedSample(), "ocr-b13", Sampler.INTERNAL_VERIFIER, "Daniel Okafor",
                "2026-06-30T23:30:00Z", Outcome.ACTION_NEEDED);
        assertEquals(LINE + " DO 01/07/2026 action needed " + COUNTER + " initials date outcome signature date ",
                ivLine(portfolio, "ocr-b13"));
    }

    @Test
    void theLatestSampleOfTheInternalVerifierPrintsAndAnExternalVerifiersNoteDoesNot() throws Exception {
        Portfolio portfolio = sampled(Fixtures.signedSample(), "ocr-b13", Sampler.INTERNAL_VERIFIER, "Daniel Okafor",
                "2026-08-20T10:00:00Z", Outcome.NOT_AGREED);
        portfolio = sampled(portfolio, "ocr-b13", Sampler.INTERNAL_VERIFIER, "Mary-Jane O'Neill",
                "2026-08-27T10:00:00Z", Outcome.AGREED);
        portfolio = sampled(portfolio, "ocr-b13", Sampler.EXTERNAL_VERIFIER, "Ruth Adeyemi",
                "2026-09-03T10:00:00Z", Outcome.ACTION_NEEDED);
        String line = ivLine(portfolio, "ocr-b13");
        assertTrue(line.startsWith(LINE + " MJO 27/08/2026 agreed " + COUNTER), line);
        assertFalse(line.contains("20/08/2026") || line.contains("03/09/2026") || line.contains("RA "), line);
    }

    @Test
    void anExternalVerifiersNoteAloneLeavesTheLineBlankForInk() throws Exception {
        Portfolio portfolio = sampled(Fixtures.signedSample(), "ocr-b13", Sampler.EXTERNAL_VERIFIER, "Ruth Adeyemi",
                "2026-09-03T10:00:00Z", Outcome.AGREED);
        assertEquals(LINE + " " + COUNTER + " initials date signature date ", ivLine(portfolio, "ocr-b13"));
    }

    @Test
    void anIvSignatureStillPrintsAsItDoesWhenTheSheetWasAlsoSampled() throws Exception {
        Portfolio signed = Fixtures.signedSample();
        String before = ivLine(signed, "ocr-f17");
        Portfolio portfolio = sampled(signed, "ocr-f17", Sampler.INTERNAL_VERIFIER, "Daniel Okafor",
                "2026-06-02T10:00:00Z", Outcome.NOT_AGREED);
        assertEquals(before, ivLine(portfolio, "ocr-f17"));
        assertTrue(before.startsWith(LINE + " DO 19/05/2026 " + COUNTER), before);
    }
}
