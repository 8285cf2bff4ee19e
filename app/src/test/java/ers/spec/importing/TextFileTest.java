package ers.spec.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.spec.UnitSpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text files as saved by other programs (a UTF-8 byte order mark, Windows-1252, the size limit)
 * and header fields that are missing, unreadable or printed twice: what the importer reads, and
 * what it lists as not found.
 */
class TextFileTest {

    private static final String TABLE = "Learning outcomes\tAssessment criteria\n1 Be able to serve\t1.1 Greet a customer\n";
    private static final byte[] BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkIsNotPartOfTheText() throws Exception {
        assertEquals("Unit title: Caf\u00e9", UnitImporter.sourceText(write("bom.txt", BOM, "Unit title: Caf\u00e9".getBytes(StandardCharsets.UTF_8))));
        assertEquals("", UnitImporter.sourceText(write("only-bom.txt", BOM)));
    }

    @Test
    void aWindowsFileIsReadWithOrWithoutAByteOrderMark() throws Exception {
        byte[] cafe = {'C', 'a', 'f', (byte) 0xe9};
        assertEquals("Caf\u00e9", UnitImporter.sourceText(write("1252.txt", cafe)));
        assertEquals("Caf\u00e9", UnitImporter.sourceText(write("bom-1252.txt", BOM, cafe)));
    }

    @Test
    void bytesLikeTheStartOfAByteOrderMarkAreText() throws Exception {
        assertEquals("\u00ef\u00bbA", UnitImporter.sourceText(write("almost.txt", new byte[] {(byte) 0xef, (byte) 0xbb, 'A'})));
    }

    @Test
    void aFileOfExactlyTheSizeLimitIsRead() throws Exception {
        byte[] blank = new byte[(int) UnitImporter.MAX_BYTES];
        java.util.Arrays.fill(blank, (byte) ' ');

        UnitImportException e = assertThrows(UnitImportException.class, () -> UnitImporter.importFile(write("big.txt", blank)));

        assertTrue(e.getMessage().startsWith("big.txt: no assessment criteria were found."), e.getMessage());
    }

    @Test
    void aTableAloneListsEveryHeaderFieldAsNotFound() throws Exception {
        ImportedUnit unit = UnitImporter.importText("table.txt", TABLE);

        assertEquals(List.of("unit code", "title", "awarding body", "level", "credit value", "guided learning hours",
                "unit purpose and aim"), unit.notFound());
        assertNull(unit.spec().id());
    }

    @Test
    void theIdIsTheAwardingBodyAndCode() throws Exception {
        UnitSpec unit = UnitImporter.importText("t.txt", "Awarding body: OCR\nUnit number: T1\n" + TABLE).spec();

        assertEquals("ocr-t1", unit.id());
    }

    @Test
    void unreadableFieldsAreListedWithHowTheyArePrinted() throws Exception {
        ImportedUnit unit = UnitImporter.importText("t.txt", "Level: Nine\nExpiry date: soon\n" + TABLE);

        assertTrue(unit.notFound().contains("level (printed \"Nine\", which cannot be read: a level is 1 to 8, or Entry 1 to 3)"),
                unit.notFound().toString());
        assertTrue(unit.notFound().contains("expiry date (printed \"soon\", which cannot be read: it is not a date such as"
                + " 28/02/2015)"), unit.notFound().toString());
    }

    @Test
    void aTitleEndingInTheSectorNumberPrintedAboveLosesIt() throws Exception {
        UnitSpec same = UnitImporter.importText("t.txt", "Sector unit number: F17\nUnit title: Manage service (F17)\n" + TABLE).spec();
        UnitSpec other = UnitImporter.importText("t.txt", "Sector unit number: F18\nUnit title: Manage service (F17)\n" + TABLE).spec();

        assertEquals("Manage service", same.title());
        assertEquals("Manage service (F17)", other.title());
        assertEquals("F18", other.sectorUnitNumber());
    }

    private Path write(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }
}
