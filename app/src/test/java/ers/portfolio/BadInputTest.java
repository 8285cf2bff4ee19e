package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import ers.json.InvalidFileException;
import ers.json.JsonConfig;
import ers.json.Problem;
import ers.portfolio.seal.SignedSheets;
import ers.spec.UnitSpecReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Input that once got past the reader: numbers out of range, values with a trailing newline,
 * text that is not UTF-8, and a role signed twice. Each is refused with the file and the place.
 */
class BadInputTest {

    @TempDir
    Path dir;

    private static String signedJson() throws Exception {
        return new String(PortfolioWriter.toBytes(SignedSheets.signedByAll(null)), StandardCharsets.UTF_8);
    }

    private Problem refused(String text) throws IOException {
        Path file = dir.resolve("candidate.ers.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> PortfolioReader.read(file));
        return e.problems().get(0);
    }

    private static String lineAndColumn(String text, String marker) {
        int at = text.indexOf(marker);
        assertTrue(at >= 0, "marker " + marker + " is in the text");
        String before = text.substring(0, at);
        int line = before.split("\n", -1).length;
        return line + ":" + (at - before.lastIndexOf('\n'));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e400", "-1e400", "1e308", "100001"})
    void aDrawingCoordinateOutOfRangeIsRefusedWhereItIsWritten(String number) throws Exception {
        String json = signedJson();
        Matcher point = Pattern.compile("\\[ 40\\.5, 20\\.25 \\]").matcher(json);
        assertTrue(point.find(), json);
        String text = json.substring(0, point.start()) + "[ " + number + ", 20.25 ]" + json.substring(point.end());

        Problem problem = refused(text);

        assertEquals(dir.resolve("candidate.ers.json") + ":" + lineAndColumn(text, number + ", 20.25"),
                problem.file() + ":" + problem.line() + ":" + problem.column(), problem.toString());
        assertTrue(problem.message().contains("/strokes/0/1/0"), problem.message());
        assertTrue(problem.message().contains(number.contains("e400") ? "the number is too large" : "100000"),
                problem.message());
    }

    /** Refused, at the line and column where {@code marker} starts. */
    private Problem refusedAt(String text, String marker) throws IOException {
        Problem problem = refused(text);
        assertEquals(lineAndColumn(text, marker), problem.line() + ":" + problem.column(), problem.toString());
        return problem;
    }

    /** A pad of infinite size, a count with a fraction, a count too large for a double. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
            "\"width\" : 300\\.0|\"width\" : 1e400|1e400",
            "\"history\" : 1,|\"history\" : 1.5,|1.5,",
            "\"history\" : 1,|\"history\" : 1e400,|1e400,"})
    void aNumberOutOfItsRangeInASignatureIsRefusedWhereItIsWritten(String field, String broken, String marker)
            throws Exception {
        refusedAt(signedJson().replaceFirst(field, broken), marker);
    }

    /** Found by the fuzz test: the schema validator could not compare infinity with a constant or a limit. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\"formatVersion\" : 2,", "\"level\" : 3,"})
    void aNumberTooLargeForADoubleIsRefusedWhereItIsWritten(String field) throws Exception {
        String json = SmallPortfolio.json();
        assertTrue(json.contains(field), field);
        Problem problem = refusedAt(json.replaceFirst(field, field.substring(0, field.indexOf(':') + 2) + "1e400,"),
                "1e400");
        assertTrue(problem.message().contains("the number is too large for any field of this format"), problem.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\\n", "\\r", "\\u2028", "\\u0085"})
    void aCriterionWithATrailingLineBreakIsRefused(String lineBreak) throws Exception {
        String text = SmallPortfolio.json().replace("[ \"3.3\" ]", "[ \"3.3" + lineBreak + "\" ]");
        Problem problem = refused(text);
        assertEquals(lineAndColumn(text, "\"3.3" + lineBreak), problem.line() + ":" + problem.column(), problem.toString());
        assertTrue(problem.message().contains("is not a criterion number"), problem.message());
    }

    @Test
    void aUnitIdWithATrailingNewlineIsRefused() throws Exception {
        String text = SmallPortfolio.json().replace("\"ocr-f17\"", "\"ocr-f17\\n\"");
        Problem problem = refused(text);
        assertTrue(problem.message().contains("is not a unit identifier"), problem.toString());
    }

    @Test
    void aMethodCodeWithATrailingNewlineIsRefused() throws Exception {
        String text = SmallPortfolio.json().replace("\"code\" : \"PD\"", "\"code\" : \"O\\n\"");
        Problem problem = refused(text);
        assertTrue(problem.message().contains("is not a method code"), problem.toString());
        assertEquals(lineAndColumn(text, "\"O\\n\""), problem.line() + ":" + problem.column(), problem.toString());
    }

    @Test
    void aCriterionNumberInAUnitFileWithATrailingNewlineIsRefused() throws Exception {
        String unit = Files.readString(Path.of(System.getProperty("ers.repo"), "specs/units/ocr-f17.json"));
        String text = unit.replaceFirst("\"number\"\\s*:\\s*\"1\\.1\"", "\"number\": \"1.1\\\\n\"");
        assertFalse(text.equals(unit));
        Path file = dir.resolve("f17.json");
        Files.writeString(file, text);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> UnitSpecReader.read(file));
        assertTrue(e.problems().get(0).message().contains("is not a criterion number"), e.getMessage());
    }

    /** Java's {@code $} matches before a final line break; every schema ends its patterns at the end of the text. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"portfolio.schema.json", "portfolio-v1.schema.json", "unit-spec.schema.json"})
    void everySchemaPatternIsAnchoredToTheWholeString(String schema) throws Exception {
        JsonNode tree = JsonConfig.mapper().readTree(Path.of(System.getProperty("ers.repo"), "specs", schema).toFile());
        List<String> patterns = tree.findValues("pattern").stream().filter(JsonNode::isTextual).map(JsonNode::asText)
                .filter(p -> p.startsWith("^")).toList();
        assertFalse(patterns.isEmpty());
        for (String pattern : patterns) {
            assertTrue(pattern.endsWith("(?![\\s\\S])") && !pattern.contains("$"), schema + ": " + pattern);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE"})
    void aPortfolioInUtf16OrUtf32IsRefusedAsNotUtf8(String encoding) throws Exception {
        for (boolean bom : new boolean[] {true, false}) {
            String text = (bom ? "\uFEFF" : "") + SmallPortfolio.json();
            Path file = dir.resolve("candidate.ers.json");
            Files.write(file, text.getBytes(Charset.forName(encoding)));
            InvalidFileException e = assertThrows(InvalidFileException.class, () -> PortfolioReader.read(file),
                    encoding + (bom ? " with" : " without") + " a byte-order mark");
            String message = e.problems().get(0).toString();
            assertEquals(file + ": the file is not saved as UTF-8 text but as " + encoding.replace("BE", "").replace("LE", "")
                    + "; save it as UTF-8 and try again", message);
        }
    }

    @Test
    void twoSignaturesForOneRoleAreRefusedWhereTheSecondIsWritten() throws Exception {
        String json = signedJson();
        String first = "\"role\" : \"candidate\"";
        String second = "\"role\" : \"countersigningAssessor\"";
        assertTrue(json.contains(second));
        String text = json.replace(second, "\"role\" : \"assessor\"");

        Problem problem = refused(text);

        assertTrue(json.indexOf(first) < json.indexOf(second));
        int at = text.indexOf("\"role\" : \"assessor\"", text.indexOf("\"role\" : \"assessor\"") + 1);
        assertEquals(lineAndColumn(text.substring(0, at) + "\u0000", "\u0000").split(":")[0],
                String.valueOf(problem.line()), problem.toString());
        assertTrue(problem.message().contains("/units/0/signatures/2/role"), problem.message());
        assertTrue(problem.message().contains("the assessor line is signed twice"), problem.message());
    }
}
