package ers.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.PortfolioWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** {@code export} as a script runs it: exit codes, messages, and what is left on disk. */
class ExportCommandTest extends CommandTest {

    @Test
    void writesOneSheetPerUnitWithABookmarkEach() throws Exception {
        Path pdf = dir.resolve("sheets.pdf");
        assertEquals(0, run("export", SAMPLE.toString(), "--out", pdf.toString()), err.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle().split(" ")[1]);
            }
            assertEquals(List.of("F17", "B13", "B14", "CC17"), bookmarks);
        }
        assertTrue(out.toString().startsWith(pdf + ": "), out.toString());
    }

    @Test
    void historyOptionAddsEachUnitsSheetHistory() throws Exception {
        Path signed = SAMPLE.resolveSibling("signed-team-leading.ers.json");
        Path plain = dir.resolve("plain.pdf");
        Path withHistory = dir.resolve("history.pdf");
        assertEquals(0, run("export", signed.toString(), "--out", plain.toString(), "--unit", "F17"), err.toString());
        assertEquals(0, run("export", signed.toString(), "--out", withHistory.toString(), "--unit", "F17",
                "--history"), err.toString());
        try (PDDocument before = Loader.loadPDF(plain.toFile()); PDDocument after = Loader.loadPDF(withHistory.toFile())) {
            assertEquals(before.getNumberOfPages() + 1, after.getNumberOfPages());
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(after.getNumberOfPages());
            String text = last.getText(after).replaceAll("\\s+", " ");
            assertTrue(text.contains("Sheet history · Unit F17"), text);
            assertTrue(text.contains("signed Internal verifier Daniel Okafor sealed"), text);
            assertFalse(new PDFTextStripper().getText(before).contains("Sheet history"));
        }
    }

    @Test
    void limitsTheExportToTheUnitsNamed() throws Exception {
        Path pdf = dir.resolve("f17.pdf");
        assertEquals(0, run("export", SAMPLE.toString(), "--out", pdf.toString(), "--unit", "f17", "--unit", "CC17"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Unit F17 ") && text.contains("Unit CC17 "), text);
            assertTrue(!text.contains("Unit B13 ") && !text.contains("Unit B14 "), text);
        }
    }

    @Test
    void anUnknownUnitIsAnErrorAndTheOldFileStays() throws Exception {
        Path pdf = dir.resolve("old.pdf");
        Files.writeString(pdf, "%PDF-1.7 the previous export");
        assertEquals(1, run("export", SAMPLE.toString(), "--out", pdf.toString(), "--unit", "Z99"));
        assertEquals(SAMPLE + ": unit Z99 is not in this portfolio; it has F17, B13, B14, CC17\n", err.toString());
        assertEquals("%PDF-1.7 the previous export", Files.readString(pdf));
    }

    @Test
    void anUnreadablePortfolioIsNamedWithItsPlace() throws Exception {
        Path broken = dir.resolve("broken.ers.json");
        Files.writeString(broken, "{\n  \"format\": \"evidence-record-portfolio\",\n  oops\n}");
        assertEquals(1, run("export", broken.toString(), "--out", dir.resolve("x.pdf").toString()));
        assertTrue(err.toString().startsWith(broken + ":3:"), err.toString());
        assertTrue(Files.notExists(dir.resolve("x.pdf")));
        assertEquals(1, run("export", dir.resolve("missing.ers.json").toString(), "--out", "x.pdf"));
    }

    @Test
    void anOutputFolderThatDoesNotExistIsAClearError() {
        Path pdf = dir.resolve("no/such/folder/sheets.pdf");
        assertEquals(1, run("export", SAMPLE.toString(), "--out", pdf.toString()));
        assertEquals(pdf + ": cannot write the PDF: the folder " + pdf.getParent() + " does not exist\n",
                err.toString());
    }

    @Test
    void anUnprintableTitleLeavesTheOldFileWhole() throws Exception {
        Portfolio sample = PortfolioReader.read(SAMPLE);
        PortfolioUnit f17 = sample.units().get(0);
        List<EvidenceRow> rows = new ArrayList<>(f17.evidence());
        EvidenceRow first = rows.get(0);
        rows.set(0, new EvidenceRow(first.id(), first.reference(), "Photos 📷", first.methods(), first.date(),
                first.location(), first.notes(), first.criteria()));
        Path file = dir.resolve("emoji.ers.json");
        PortfolioWriter.save(sample.withUnits(List.of(f17.withEvidence(rows))), file);
        Path pdf = dir.resolve("keep.pdf");
        byte[] before = "%PDF-1.7 the previous export".getBytes(StandardCharsets.US_ASCII);
        Files.write(pdf, before);
        assertEquals(1, run("export", file.toString(), "--out", pdf.toString()));
        assertTrue(err.toString().contains("cannot print the character \"📷\"")
                && err.toString().contains("in the title of evidence " + first.reference() + " in unit F17"),
                err.toString());
        assertArrayEquals(before, Files.readAllBytes(pdf));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file left beside the output");
        }
    }

    @Test
    void gapsAloneWriteTheCsvAndNoPdf() throws Exception {
        Path csv = dir.resolve("gaps.csv");
        assertEquals(0, run("export", SAMPLE.toString(), "--gaps", csv.toString()), err.toString());
        String text = Files.readString(csv);
        assertTrue(text.startsWith("\uFEFFUnit,Unit title,Criterion,Criterion text,Status,Covered by\r\n"), text);
        assertEquals(List.of(csv), Files.list(dir).toList(), "only the CSV was written");
    }

    @Test
    void summaryWritesTheAchievementRecordInsteadOfTheSheets() throws Exception {
        Path pdf = dir.resolve("summary.pdf");
        assertEquals(0, run("export", SAMPLE.toString(), "--summary", "--out", pdf.toString()), err.toString());
        assertTrue(out.toString().contains("unit achievement record, 1 page"), out.toString());
        try (var document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Unit achievement record"));
        }
    }

    @Test
    void withNeitherOutNorGapsItSaysWhatIsMissing() {
        assertEquals(2, run("export", SAMPLE.toString()));
        assertTrue(err.toString().startsWith("Missing option: give --out FILE.pdf, --gaps FILE.csv, or both"), err.toString());
    }
}
