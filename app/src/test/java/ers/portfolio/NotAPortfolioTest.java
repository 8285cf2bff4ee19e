package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.json.InvalidFileException;
import ers.json.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A file that is not a portfolio is told so in plain words naming the file, never in the JSON parser's. */
class NotAPortfolioTest {

    /** Words of the parser and the mapper, which mean nothing to a user. */
    private static final Pattern JARGON = Pattern.compile("Unrecognized token|Cannot deserialize|was expecting|"
            + "Unexpected character|\\(code \\d+\\)|JSON String|Source:|Invalid UTF-8|found, \\w+ expected|"
            + "start marker|Duplicate field|CTRL-CHAR");

    @TempDir
    Path dir;

    static Stream<Arguments> notPortfolios() {
        return Stream.of(
                Arguments.of("a picture renamed", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D),
                        "the file is a PNG picture, not one of this application's text files"),
                Arguments.of("a PDF renamed", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                        "the file is a PDF document"),
                Arguments.of("a Word document renamed", bytes('P', 'K', 3, 4, 20, 0, 6, 0),
                        "a ZIP archive (or a Word, Excel or other Office document)"),
                Arguments.of("a program", bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0),
                        "the file is not text at all"),
                Arguments.of("a letter", text("Dear Alex,\nthe portfolio is attached.\n"),
                        "not valid JSON: \"Dear\" stands where a value should be"),
                Arguments.of("JSON of another program", text("{ \"name\": \"app\", \"version\": \"1.0\" }"),
                        "this is JSON of another kind, not a portfolio (its fields are name, version)"),
                Arguments.of("JSON of six fields", text("{ \"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5, \"f\": 6 }"),
                        "(its fields are a, b, c, d, e, f); a portfolio starts with"),
                Arguments.of("JSON of seven fields", text("{ \"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4, \"e\": 5, \"f\": 6, \"g\": 7 }"),
                        "(its fields are a, b, c, d, e, f, \u2026); a portfolio starts with"),
                Arguments.of("a list", text("[1, 2, 3]"), "this is not a portfolio: the file holds a list"),
                Arguments.of("a unit specification", text("{ \"formatVersion\": 1, \"id\": \"u1\", \"learningOutcomes\": [] }"),
                        "this is a unit specification, not a portfolio"),
                Arguments.of("a comma too many", text("{ \"format\": \"evidence-record-portfolio\", }"),
                        "a comma is followed by no field (remove the last comma before })"),
                Arguments.of("a comma missing", text("{ \"format\": \"evidence-record-portfolio\" \"formatVersion\": 2 }"),
                        "a comma is missing between two fields"),
                Arguments.of("a field twice", text("{ \"format\": \"a\", \"format\": \"b\" }"),
                        "the field \"format\" is given twice"),
                Arguments.of("a field name without quotes", text("{ format: 1 }"),
                        "a field name must be written in double quotes"),
                Arguments.of("Latin-1 text", "{ \"name\": \"\u00a35\" }".getBytes(StandardCharsets.ISO_8859_1),
                        "the file is not saved as UTF-8 text"));
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notPortfolios")
    void isRefusedInPlainWordsNamingTheFile(String what, byte[] content, String words) throws IOException {
        Path file = dir.resolve("alex.ers.json");
        Files.write(file, content);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> PortfolioReader.read(file));
        List<Problem> problems = e.problems();
        assertEquals(1, problems.size(), "one plain line, not a list of every field missing: " + problems);
        String line = problems.get(0).toString();
        assertTrue(line.startsWith(file.toString()), "names the file: " + line);
        assertTrue(line.contains(words), line);
        assertFalse(JARGON.matcher(line).find(), "no parser jargon: " + line);
    }
}
