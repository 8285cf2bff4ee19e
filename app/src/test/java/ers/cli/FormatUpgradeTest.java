package ers.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import ers.json.JsonConfig;
import ers.pdf.ExportProgress;
import ers.pdf.SheetExport;
import ers.portfolio.EvidenceRow;
import ers.portfolio.FirstFormatCopy;
import ers.portfolio.FormatOne;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.Role;
import ers.portfolio.Seal;
import ers.portfolio.Signature;
import ers.portfolio.seal.SealedContent;
import ers.portfolio.seal.SignedSheets;
import ers.testing.Portfolios;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files of format 1 open, print and verify exactly as before, and keep every signature's verdict
 * when saved as format 2; the format 1 file is kept beside the upgraded one.
 */
class FormatUpgradeTest {

    private static final Path FORMAT_ONE = Path.of(System.getProperty("ers.repo", ".."), "app/src/test/resources/format1");

    @TempDir
    Path dir;

    static Stream<Path> formatOneFiles() throws Exception {
        try (Stream<Path> files = Files.list(FORMAT_ONE)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("formatOneFiles")
    void aFormatOneFileSavedAsFormatTwoVerifiesAndPrintsTheSame(Path original) throws Exception {
        Path file = dir.resolve("candidate.ers.json");
        Files.copy(original, file);
        byte[] before = Files.readAllBytes(file);
        VerifyOutput asOne = VerifyOutput.run(file.toString(), "--history");
        String pagesAsOne = pdfText(PortfolioReader.read(file));

        PortfolioWriter.save(PortfolioReader.read(file), file);

        assertEquals(2, JsonConfig.mapper().readTree(file.toFile()).path("formatVersion").intValue());
        VerifyOutput asTwo = VerifyOutput.run(file.toString(), "--history");
        assertEquals(asOne, asTwo, "verify says exactly the same of the upgraded file");
        assertEquals(pagesAsOne, pdfText(PortfolioReader.read(file)), "the sheets print the same");
        Path copy = dir.resolve("candidate.v1.ers.json");
        assertArrayEquals(before, Files.readAllBytes(copy), "the format 1 file is kept beside it");

        PortfolioWriter.save(PortfolioReader.read(file), file);
        assertArrayEquals(before, Files.readAllBytes(copy), "a second save leaves the kept copy alone");
    }

    @Test
    void theSignedSampleKeepsItsValidSignaturesThroughTheUpgrade() throws Exception {
        Path file = dir.resolve("signed.ers.json");
        Files.copy(FORMAT_ONE.resolve("signed-team-leading.v1.ers.json"), file);
        VerifyOutput before = VerifyOutput.run(file.toString());
        assertEquals(0, before.exitCode(), before.out());
        assertTrue(before.out().contains("valid"), before.out());
        int upgraded = ErsCommand.run(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), "upgrade", file.toString());
        assertEquals(0, upgraded);
        assertEquals(before, VerifyOutput.run(file.toString()));
        assertTrue(Files.exists(FirstFormatCopy.of(file)));
    }

    /**
     * Format 1 kept row ids unique only within a unit: two units' rows with one id become two items
     * with two ids, and each sheet's seal still finds the id it was given under.
     */
    @Test
    void rowsThatSharedAnIdAcrossUnitsKeepTheirSealsThroughTheUpgrade() throws Exception {
        Portfolio p = SignedSheets.unsigned();
        EvidenceRow alsoR1 = new EvidenceRow("r1-2", "E1", "Observation of team briefing, for B13", List.of("O"),
                LocalDate.of(2026, 2, 3), null, null, List.of("1.1"), "r1");
        p = p.withUnits(List.of(p.units().get(0),
                new PortfolioUnit(Portfolios.bundled("ocr-b13"), List.of(alsoR1), List.of(), List.of())));
        for (String unit : List.of(SignedSheets.UNIT, "ocr-b13")) {
            p = SignedSheets.SIGNING.sign(p, unit, SignedSheets.request(Role.CANDIDATE, "Aled Hughes",
                    LocalDate.of(2026, 3, 20), null));
        }
        Path file = dir.resolve("shared-ids.ers.json");
        Files.write(file, FormatOne.bytes(FormatOne.of(sealedAsFormatOne(p))));
        assertEquals("r1", JsonConfig.mapper().readTree(file.toFile()).at("/units/1/evidence/0/id").asText(),
                "both units have a row r1, as format 1 allowed");

        VerifyOutput asOne = VerifyOutput.run(file.toString());
        assertEquals(0, asOne.exitCode(), asOne.out() + asOne.err());
        PortfolioWriter.save(PortfolioReader.read(file), file);
        JsonNode two = JsonConfig.mapper().readTree(file.toFile());
        assertEquals("r1-2", two.at("/units/1/sheet/0/evidence").asText());
        assertEquals("r1", two.at("/units/1/sheet/0/rowId").asText());
        assertEquals(asOne, VerifyOutput.run(file.toString()));
    }

    /** Every signature resealed under the first form, as an application of format 1 sealed it. */
    private static Portfolio sealedAsFormatOne(Portfolio p) {
        Portfolio out = p;
        for (PortfolioUnit unit : p.units()) {
            List<Signature> signatures = new ArrayList<>();
            for (Signature s : unit.signatures()) {
                SealedContent content = SealedContent.of(Seal.FORM_1, out, unit, s, s.seal().history());
                signatures.add(new Signature(s.role(), s.name(), s.date(), s.drawing(), s.typed(), s.note(),
                        new Seal(Seal.SHA_256, content.digest(), s.seal().history(), content.parts(), null, null)));
            }
            PortfolioUnit resealed = unit.withSignatures(signatures, unit.history());
            out = out.withUnits(out.units().stream().map(u -> u.spec().id().equals(unit.spec().id()) ? resealed : u).toList());
        }
        return out;
    }

    private static String pdfText(Portfolio portfolio) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.toPdf(portfolio, portfolio.units().stream().map(u -> u.spec().id()).toList(), out, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
