package ers.spec.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.spec.LearningOutcome;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four texts copied from OCR's PDFs, with their stray markup, page breaks and repeated numbers,
 * import to the units bundled with the application, which were transcribed from them by hand.
 */
class SeedImportTest {

    @ParameterizedTest
    @CsvSource({
            "ocr-b13, ocr-unit-b13-plan-organise-control-customer-service-operations.txt",
            "ocr-b14, ocr-unit-b14-review-quality-of-customer-service.txt",
            "ocr-cc17, ocr-unit-cc17-develop-contact-centre-procedures.txt",
            "ocr-f17, ocr-unit-f17-manage-customer-service-own-area.txt"})
    void everySeedImportsWordForWordAsItsBundledUnit(String id, String seed) throws Exception {
        UnitSpec bundled = UnitCatalog.bundledOnly().find(id).orElseThrow();
        UnitSpec imported = UnitImporter.importText(seed, seed(seed)).spec();

        assertEquals(outcomesAndCriteria(bundled), outcomesAndCriteria(imported));
        assertEquals(header(bundled), header(imported));
        assertEquals(bundled.sections(), imported.sections());
    }

    @ParameterizedTest
    @CsvSource({
            "ocr-b13, ocr-unit-b13-plan-organise-control-customer-service-operations.txt, ''",
            "ocr-b14, ocr-unit-b14-review-quality-of-customer-service.txt, ''",
            "ocr-cc17, ocr-unit-cc17-develop-contact-centre-procedures.txt, 2 3",
            "ocr-f17, ocr-unit-f17-manage-customer-service-own-area.txt, ''"})
    void theThirdColumnIsKeptItemByItemAndListsPrintedWithoutBulletMarksAreDividedIntoTheirItems(String id, String seed,
            String unmarked) throws Exception {
        UnitSpec bundled = UnitCatalog.bundledOnly().find(id).orElseThrow();
        UnitSpec imported = UnitImporter.importText(seed, seed(seed)).spec();

        for (LearningOutcome lo : bundled.learningOutcomes()) {
            assertEquals(lo.guidance(), imported.learningOutcomes().get(lo.number() - 1).guidance(), lo.label());
            boolean noted = imported.transcriptionNotes().contains("The third column of learning outcome " + lo.number()
                    + " has a list printed without bullet marks or line breaks; it has been divided into items where each"
                    + " new item begins with a capital letter, given without bullet marks as printed: check where its items"
                    + " divide.");
            assertEquals(List.of(unmarked.split(" ")).contains(String.valueOf(lo.number())), noted, lo.label());
        }
    }

    @Test
    void everyRepairIsATranscriptionNote() throws Exception {
        List<String> b13 = UnitImporter.importText("b13.txt",
                seed("ocr-unit-b13-plan-organise-control-customer-service-operations.txt")).spec().transcriptionNotes();
        List<String> b14 = UnitImporter.importText("b14.txt",
                seed("ocr-unit-b14-review-quality-of-customer-service.txt")).spec().transcriptionNotes();
        List<String> f17 = UnitImporter.importText("f17.txt",
                seed("ocr-unit-f17-manage-customer-service-own-area.txt")).spec().transcriptionNotes();

        assertTrue(b13.contains("Criterion 3.1 was split over a page break after \"\u2026 the nature of the problem and\";"
                + " its remainder \"assess the likely impact on the customer\" has been rejoined to it."), b13.toString());
        assertTrue(b13.contains("The end of the title of learning outcome 3, \"operations\", was carried over a page break"
                + " into the next table row and has been rejoined to the title."), b13.toString());
        assertTrue(b13.contains("Criteria 4.8 to 4.10, printed in a continuation row after a page break, have been kept"
                + " under learning outcome 4."), b13.toString());
        assertTrue(b14.contains("Criterion 1.3 is printed with its number twice (\"1.3 1.3 plan how they will analyse the"
                + " \u2026\"); the repeated number has been removed."), b14.toString());
        assertTrue(f17.contains("The unit title is printed \"Manage customer service in own area of responsibility (F17)\";"
                + " the sector unit number F17 is recorded as sectorUnitNumber and left out of the title."), f17.toString());
        assertTrue(f17.stream().anyMatch(n -> n.startsWith("The Evidence Record Sheet printed after the specification")));
        assertTrue(f17.contains("Criteria 2.2 and 2.3, printed in a continuation row after a page break, have been kept"
                + " under learning outcome 2."), f17.toString());
    }

    @Test
    void whatTheTextDoesNotSayIsListedAsNotFound() throws Exception {
        ImportedUnit f17 = UnitImporter.importText("f17.txt", seed("ocr-unit-f17-manage-customer-service-own-area.txt"));

        assertEquals(List.of("awarding body"), f17.notFound());
        assertNull(f17.spec().awardingBody());
    }

    static List<String> outcomesAndCriteria(UnitSpec unit) {
        return unit.learningOutcomes().stream().flatMap(lo -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of("LO" + lo.number() + " " + lo.title()),
                lo.criteria().stream().map(c -> c.number() + " " + c.text()))).toList();
    }

    static List<Object> header(UnitSpec unit) {
        return java.util.Arrays.asList(unit.code(), unit.title(), unit.ocrUnitNumber(), unit.sectorUnitNumber(),
                unit.unitReferenceNumber(), unit.level(), unit.creditValue(), unit.guidedLearningHours(), unit.expiryDate(),
                unit.purpose(), unit.outcomeStem(), unit.criterionStem(), unit.thirdColumnHeading());
    }

    static String seed(String name) throws IOException {
        try (InputStream in = SeedImportTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
