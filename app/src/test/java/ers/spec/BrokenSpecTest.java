package ers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.json.InvalidFileException;
import ers.json.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each broken unit file is refused with a message that names the file and where in it. */
class BrokenSpecTest {

    /** Line numbers below refer to this text. */
    private static final String VALID = SmallUnit.JSON;

    @TempDir
    Path dir;

    static Stream<Arguments> brokenUnits() {
        return Stream.of(
                broken("bad JSON", s -> s.replace("\"U1\",", "\"U1\""),
                        "5:3", "not valid JSON"),
                broken("missing title", s -> s.replace("  \"title\": \"Lead a team briefing\",\n", ""),
                        "1:1", "the required field \"title\" is missing"),
                broken("duplicate criterion", s -> s.replace("\"1.2\"", "\"1.1\""),
                        "15:21", "/learningOutcomes/0/criteria/1/number: criterion 1.1 appears twice"),
                broken("criterion outside its outcome", s -> s.replace("\"1.2\"", "\"2.1\""),
                        "15:21", "criterion 2.1 is listed under learning outcome 1; its number says outcome 2"),
                broken("wrong type for a number", s -> s.replace("\"level\": 3", "\"level\": \"three\""),
                        "6:12", "/level: \"three\" is not a level, which is a whole number from 1 to 8, or \"E1\", \"E2\" or \"E3\" for Entry level"),
                broken("wrong type for a list", s -> s.replace("\"expiryDate\": null", "\"expiryDate\": null, \"purpose\": \"To brief\""),
                        "8:34", "/purpose: string found, array expected"),
                broken("fraction where a whole number belongs", s -> s.replace("\"creditValue\": 4", "\"creditValue\": 4.5"),
                        "7:18", "/creditValue: number found, integer or null expected"),
                broken("a credit value too large to be real", s -> s.replace("\"creditValue\": 4", "\"creditValue\": 2147483648"),
                        "7:18", "/creditValue: must have a maximum value of 999"),
                broken("an outcome number too large to be real", s -> s.replace("\"number\": 1,", "\"number\": 99999999999,"),
                        "11:17", "/learningOutcomes/0/number: must have a maximum value of 9999"),
                broken("misspelt field", s -> s.replace("\"level\": 3,", "\"level\": 3, \"levle\": 3,"),
                        "6:24", "/levle: this format has no field \"levle\"; check its spelling"),
                broken("date written the UK way", s -> s.replace("\"expiryDate\": null", "\"expiryDate\": \"28/02/2015\""),
                        "8:17", "/expiryDate: \"28/02/2015\" is not a date written YYYY-MM-DD"),
                broken("criterion number that is not one", s -> s.replace("\"1.2\"", "\"1.2a\""),
                        "15:21", "\"1.2a\" is not a criterion number"),
                broken("criterion number too large to be real", s -> s.replace("\"1.2\"", "\"1.123456789012\""),
                        "15:21", "is not a criterion number"),
                broken("outcome without criteria", s -> s.replaceAll("(?s)\\[\\s*\\{ \"number\": \"1.1\".*?\\]", "[]"),
                        "13:19", "a learning outcome has at least one assessment criterion"),
                broken("field given twice", s -> s.replace("\"level\": 3,", "\"level\": 3, \"level\": 4,"),
                        "6:22", "not valid JSON: the field \"level\" is given twice in the same place"),
                broken("content after the unit", s -> s + "{}",
                        "20:1", "more content follows the end of the document"),
                broken("file cut short", s -> s.substring(0, s.indexOf("\"title\": \"Be able")),
                        "12:7", "the file ends too soon; it may have been cut short"),
                broken("a unit from a newer version of the application", s -> s.replace("\"formatVersion\": 1", "\"formatVersion\": 2"),
                        "2:20", "/formatVersion: this unit specification was written in format 2 by a newer version"),
                broken("an empty title", s -> s.replace("\"Lead a team briefing\"", "\"\""),
                        "5:12", "/title: must be at least 1 character long"),
                broken("a title left null without saying why", s -> s.replace("\"Lead a team briefing\"", "null"),
                        "5:12", "/title: the title is null: give it, or say why it is not known in unknown/title"),
                broken("an Entry level that does not exist", s -> s.replace("\"level\": 3", "\"level\": \"E4\""),
                        "6:12", "/level: \"E4\" is not a level"),
                broken("a reason for a value that is given", s -> s.replace("\"level\": 3,", "\"level\": 3, \"unknown\": { \"level\": \"not shown\" },"),
                        "6:37", "/unknown/level: the level is given, so it has no reason for being unknown; remove this reason"),
                broken("a list instead of a unit", s -> "[1, 2]",
                        "1:1", "array found, object expected"));
    }

    private static Arguments broken(String what, UnaryOperator<String> breakIt, String at, String message) {
        return Arguments.of(what, breakIt, at, message);
    }

    @Test
    void theUnbrokenUnitIsValid() throws Exception {
        UnitSpec unit = UnitSpecReader.read(write("u1.json", VALID));
        assertEquals("Unit U1 Lead a team briefing", unit.sheetTitle());
        assertEquals(2, unit.criteria().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenUnits")
    void aBrokenUnitNamesTheFileAndThePlace(String what, UnaryOperator<String> breakIt, String at, String message)
            throws IOException {
        Path file = write("u1.json", breakIt.apply(VALID));
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> UnitSpecReader.read(file));
        String line = e.problems().get(0).toString();
        assertTrue(line.startsWith(file + ":" + at + ": "), line);
        assertTrue(line.contains(message), line);
    }

    /**
     * Windows editors save with a byte-order mark, which is read; a file saved as UTF-16
     * ("Unicode") is refused, as the format is UTF-8 and other tools would not read it.
     */
    @Test
    void aUnitSavedWithAByteOrderMarkLoadsAndAsUtf16IsRefused() throws Exception {
        byte[] text = VALID.replace("Prepare the briefing", "Prepare the £5 briefing").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[text.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withMark, 3, text.length);
        Path file = dir.resolve("u1.json");
        Files.write(file, withMark);
        assertEquals("Prepare the £5 briefing", UnitSpecReader.read(file).criteria().get(0).text());
        Files.write(file, VALID.getBytes(StandardCharsets.UTF_16));
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> UnitSpecReader.read(file));
        assertEquals(file + ": the file is not saved as UTF-8 text but as UTF-16; save it as UTF-8 and try again",
                e.getMessage());
    }

    @Test
    void aUnitSavedInAnOldWindowsEncodingIsToldToUseUtf8() throws IOException {
        Path file = dir.resolve("u1.json");
        Files.write(file, VALID.replace("Prepare the briefing", "Prepare the £5 briefing").getBytes(StandardCharsets.ISO_8859_1));
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> UnitSpecReader.read(file));
        assertEquals(file + ":14:50: the file is not saved as UTF-8 text (it holds the byte 0xa3, which UTF-8 text never has there); "
                + "save it as UTF-8 and try again", e.getMessage());
    }

    @Test
    void anEmptyFileIsCalledEmpty() throws IOException {
        Path file = write("empty.json", " \n");
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> UnitSpecReader.read(file));
        assertEquals(file + ": the file is empty", e.getMessage());
        Files.write(file, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});
        e = assertThrows(InvalidFileException.class, () -> UnitSpecReader.read(file), "a byte-order mark alone");
        assertEquals(file + ": the file is empty", e.getMessage());
    }

    @Test
    void aFiftyMegabyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.json");
        byte[] block = new byte[1024 * 1024];
        Arrays.fill(block, (byte) ' ');
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write('{');
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write('}');
        }
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> UnitSpecReader.read(file));
        assertEquals(file + ": the file is 50.0 MB; files of this kind are at most 2.0 MB, so it was not read",
                e.getMessage());
    }

    @Test
    void everyProblemOfAFileIsReportedNotJustTheFirst() throws IOException {
        Path file = write("u1.json", VALID.replace("\"level\": 3", "\"level\": 0").replace("\"creditValue\": 4", "\"creditValue\": \"4\""));
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> UnitSpecReader.read(file));
        assertEquals(List.of("6:12", "7:18"), e.problems().stream().map(p -> p.line() + ":" + p.column()).toList());
    }

    @Test
    void aMissingFileIsSaidToBeMissing() {
        Path file = dir.resolve("nowhere.json");
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> UnitSpecReader.read(file));
        assertEquals(List.of(Problem.whole(file.toString(), "no such file")), e.problems());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
