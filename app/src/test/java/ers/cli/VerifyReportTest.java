package ers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.pdf.ArchivalPdfTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/** {@code verify --report}: what an external verifier files, read back as they would read it. */
class VerifyReportTest {

    private static final Path SAMPLE = Path.of(System.getProperty("ers.repo", ".."), "samples",
            "signed-team-leading.ers.json");

    @TempDir
    static Path home;

    @BeforeAll
    static void emptyHome() {
        System.setProperty("ers.home", home.toString());
        VeraGreenfieldFoundryProvider.initialise();
    }

    @AfterAll
    static void forgetHome() {
        System.clearProperty("ers.home");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReportGivesEachUnitsCoverageSignaturesHistoryAndSamplesAsPdfA(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("report.pdf");
        VerifyOutput result = VerifyOutput.run(SAMPLE.toString(), "--report", report.toString());
        assertEquals(0, result.exitCode(), result.err());
        String text = text(report);
        for (String expected : new String[] {"Verification report", "Candidate: Priya Ramsden",
                "Unit F17 Manage customer service in own area of responsibility",
                "Coverage: 10 of 10 criteria covered by 10 pieces of evidence. Signed off.",
                "Internal verifier: valid, Daniel Okafor, 19/05/2026",
                "Countersigning assessor: absent (not needed)",
                "05/05/2026 16:00 signed Assessor HELEN WHITWORTH — sealed",
                "Assessor: valid, HELEN WHITWORTH, 10/08/2026 — key-signed by CN=Helen Whitworth",
                "Unit CC17", "Sampling"}) {
            assertTrue(text.contains(expected), expected + " in: " + text);
        }
        assertFalse(text.contains("note: dated"), "the sample's dates agree with its history");
        try (PDDocument document = Loader.loadPDF(report.toFile())) {
            assertEquals("Unit F17", document.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle());
            assertEquals("Verification report: Priya Ramsden", document.getDocumentInformation().getTitle());
        }
        ArchivalPdfTest.assertPdfA2b(Files.readAllBytes(report));
    }

    @Test
    void aTamperedCopysReportSaysWhatChanged(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("tampered.ers.json");
        String json = Files.readString(SAMPLE, StandardCharsets.UTF_8);
        String title = "\"Observation of Monday team briefing on revised complaint targets\"";
        assertTrue(json.contains(title), "the sample has the row this test changes");
        Files.writeString(copy, json.replace(title, "\"Observation of a briefing\""), StandardCharsets.UTF_8);
        Path report = dir.resolve("report.pdf");
        VerifyOutput result = VerifyOutput.run(copy.toString(), "--report", report.toString());
        assertEquals(VerifyCommand.SIGNATURE_FAILED, result.exitCode(), result.out());
        String text = text(report);
        assertTrue(text.matches(".*Assessor: VOID, HELEN WHITWORTH, \\d\\d/\\d\\d/2026 — evidence E\\d+ changed.*"), text);
        assertTrue(text.contains("Sign-off void: changed since signed"), text);
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhereAndExitsWithOne(@TempDir Path dir) {
        Path report = dir.resolve("no-such-folder").resolve("report.pdf");
        VerifyOutput result = VerifyOutput.run(SAMPLE.toString(), "--report", report.toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().startsWith(report + ": the report was not written"), result.err());
    }
}
