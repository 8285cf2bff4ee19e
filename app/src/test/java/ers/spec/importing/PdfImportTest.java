package ers.spec.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import ers.spec.Level;
import ers.spec.SpecSection;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Specification PDFs written here in the awarding bodies' shape import as the units they print. */
class PdfImportTest {

    @TempDir
    Path dir;

    @Test
    void aSpecificationPdfOverSeveralPagesImportsWordForWord() throws Exception {
        UnitSpec b13 = UnitCatalog.bundledOnly().find("ocr-b13").orElseThrow();
        Path pdf = write("b13.pdf", SpecificationPdf.of(b13, List.of(
                new String[] {"Unit Title:", b13.title()}, new String[] {"OCR unit number", "B13"},
                new String[] {"Level:", "4"}, new String[] {"Credit value:", "10"},
                new String[] {"Guided learning hours:", "67"})));

        ImportedUnit imported = UnitImporter.importFile(pdf);
        UnitSpec unit = imported.spec();

        assertEquals(SeedImportTest.outcomesAndCriteria(b13), SeedImportTest.outcomesAndCriteria(unit));
        assertEquals(SeedImportTest.header(b13), SeedImportTest.header(unit));
        assertEquals(b13.sections().stream().map(SpecSection::heading).toList(),
                unit.sections().stream().map(SpecSection::heading).toList());
        assertEquals(List.of(), imported.notFound());
        assertTrue(unit.transcriptionNotes().contains("The table header row repeated at the top of each continued page of"
                + " the learning-outcome table has been left out."), unit.transcriptionNotes().toString());
    }

    @Test
    void anEntryLevelUnitOnOnePageImportsWithItsHeaderFields() throws Exception {
        UnitSpec unit = new UnitSpec(1, "x", null, "E3A", "Use a till in a shop", "E3A", null, "K/123/4567",
                Level.entryLevel(3), 2, 15, null, List.of("This unit is about using a till."), null, null, "Guidance",
                List.of(new LearningOutcome(1, "Be able to take payments",
                                List.of(new Criterion("1.1", "Take a payment in cash and give the right change"),
                                        new Criterion("1.2", "Take a payment by card"),
                                        new Criterion("1.3", "Refuse a payment that cannot be accepted, saying why in a"
                                                + " way the customer understands and accepts")),
                                List.of("\u2022 cash", "\u2022 card")),
                        new LearningOutcome(2, "Know how to close a till",
                                List.of(new Criterion("2.1", "Describe how to count the takings")), List.of())),
                List.of(new SpecSection(SpecSection.Kind.RESOURCES, "Resources", List.of("A till."))), List.of(), null, null);
        Path pdf = write("till.pdf", SpecificationPdf.of(unit, List.of(new String[] {"Unit title:", "Use a till in a shop"},
                new String[] {"Unit number:", "E3A"}, new String[] {"Unit reference number:", "K/123/4567"},
                new String[] {"Level:", "Entry 3"}, new String[] {"Credit value:", "2"},
                new String[] {"Guided learning hours:", "15"})));

        UnitSpec read = UnitImporter.importFile(pdf).spec();

        assertEquals(SeedImportTest.outcomesAndCriteria(unit), SeedImportTest.outcomesAndCriteria(read));
        assertEquals(SeedImportTest.header(unit), SeedImportTest.header(read));
        assertEquals(List.of("\u2022 cash", "\u2022 card"), read.learningOutcomes().get(0).guidance());
    }

    @Test
    void sectionsKeepTheirParagraphsWordForWord() throws Exception {
        UnitSpec b13 = UnitCatalog.bundledOnly().find("ocr-b13").orElseThrow();
        Path pdf = write("b13.pdf", SpecificationPdf.of(b13, List.<String[]>of(new String[] {"Unit Title:", b13.title()})));

        assertEquals(b13.sections(), UnitImporter.importFile(pdf).spec().sections());
    }

    @Test
    void aListPrintedLineByLineWithoutBulletMarksIsReadAsItemsAndWrappedProseAsOneParagraph() throws Exception {
        List<String> guidance = List.of(
                "Evidence is gathered in the workplace by an assessor who observes the candidate at work over several"
                        + " weeks and then checks the records that the candidate keeps of each customer served.",
                "Staff rotas", "Training records for the team", "Customer feedback forms",
                "Notes of team meetings where service standards were agreed");
        UnitSpec unit = new UnitSpec(1, "x", null, "T1", "Serve customers", null, null, null, Level.of(2), 3, null, null,
                List.of(), null, null, null,
                List.of(new LearningOutcome(1, "Be able to serve customers",
                        List.of(new Criterion("1.1", "Greet a customer")), List.of())),
                List.of(new SpecSection(SpecSection.Kind.ASSESSMENT_GUIDANCE, "Guidance on assessment and evidence requirements",
                        guidance)), List.of(), null, null);
        Path pdf = write("list.pdf", SpecificationPdf.of(unit, List.<String[]>of(new String[] {"Unit title:", "Serve customers"}), 0));

        assertEquals(guidance, UnitImporter.importFile(pdf).spec().sections().get(0).paragraphs());
    }

    @Test
    void aFileThatIsNotAPdfButSaysItIsIsRefusedNamingIt() throws Exception {
        Path broken = write("broken.pdf", "%PDF-1.7 this is not really a PDF".getBytes());

        UnitImportException e = assertThrows(UnitImportException.class, () -> UnitImporter.importFile(broken));

        assertTrue(e.getMessage().startsWith("broken.pdf: is not a PDF that can be read"), e.getMessage());
    }

    @Test
    void aPdfThatForbidsCopyingItsTextIsRefusedSayingWhatToDo() throws Exception {
        Path pdf = write("locked.pdf", protect(tillPdf(), false));

        UnitImportException e = assertThrows(UnitImportException.class, () -> UnitImporter.importFile(pdf));

        assertEquals("locked.pdf: the PDF does not allow its text to be copied, so it cannot be read; copy the text from"
                + " the awarding body's web page instead", e.getMessage());
    }

    @Test
    void aProtectedPdfThatAllowsCopyingIsRead() throws Exception {
        Path pdf = write("open.pdf", protect(tillPdf(), true));

        assertEquals("Serve customers", UnitImporter.importFile(pdf).spec().title());
    }

    @Test
    void aOnePageTableEndingThePdfIsReadWithNothingToRepair() throws Exception {
        UnitSpec unit = UnitImporter.importFile(write("till.pdf", tillPdf())).spec();

        assertEquals(List.of("1.1 Greet a customer"), unit.learningOutcomes().get(0).criteria().stream()
                .map(c -> c.number() + " " + c.text()).toList());
        assertEquals(List.of(), unit.transcriptionNotes());
    }

    @Test
    void fiveBytesNamingThemselvesAPdfAreReadAsText() throws Exception {
        Path tiny = write("tiny.pdf", "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        UnitImportException e = assertThrows(UnitImportException.class, () -> UnitImporter.importFile(tiny));

        assertTrue(e.getMessage().startsWith("tiny.pdf: no assessment criteria were found."), e.getMessage());
    }

    private static byte[] tillPdf() throws Exception {
        UnitSpec unit = new UnitSpec(1, "x", null, "T1", "Serve customers", null, null, null, Level.of(2), 3, null, null,
                List.of(), null, null, null,
                List.of(new LearningOutcome(1, "Be able to serve customers",
                        List.of(new Criterion("1.1", "Greet a customer")), List.of())),
                List.of(), List.of(), null, null);
        return SpecificationPdf.of(unit, List.<String[]>of(new String[] {"Unit title:", "Serve customers"}));
    }

    private static byte[] protect(byte[] pdf, boolean copying) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var permissions = new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
            permissions.setCanExtractContent(copying);
            var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner", "", permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            var out = new java.io.ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
