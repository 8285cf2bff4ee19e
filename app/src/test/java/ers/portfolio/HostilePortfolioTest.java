package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.json.InvalidFileException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile portfolio files: each is refused with a message naming the file and the
 * place, and opening it changes nothing on disk.
 */
class HostilePortfolioTest {

    @TempDir
    Path dir;

    /** Where a problem is expected: {@code LINE:COLUMN:} worked out from the broken text. */
    interface Place extends UnaryOperator<String> {
    }

    static Place at(String marker) {
        return text -> lineAndColumn(text, marker) + ":";
    }

    /** On the line of the marker, in whichever column the reader gave up. */
    static Place onLineOf(String marker) {
        return text -> lineAndColumn(text, marker).split(":")[0] + ":";
    }

    static Place atTheEnd() {
        return text -> lineAndColumn(text + "\u0000", "\u0000") + ":";
    }

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                hostile("truncated file", s -> s.substring(0, s.length() / 2), atTheEnd(),
                        "the file ends too soon; it may have been cut short"),
                hostile("text where a yes/no belongs", s -> s.replace("\"qualified\" : true", "\"qualified\" : \"yes\""),
                        at("\"yes\""), "/people/assessor/qualified: string found, boolean expected"),
                hostile("a number where a name belongs", s -> s.replace("\"Anna Kowalska\"", "42"),
                        at("42"), "/candidate/name: integer found, string expected"),
                hostile("a single value where a list belongs", s -> s.replace("\"criteria\" : [ \"3.3\" ]", "\"criteria\" : \"3.3\""),
                        at("\"3.3\"\n"), "/units/0/sheet/1/criteria (unit F17, evidence E2): string found, array expected"),
                hostile("deeply nested arrays", s -> s.replace("\"criteria\" : [ \"3.3\" ]",
                                "\"criteria\" : " + "[".repeat(100_000) + "]".repeat(100_000)), onLineOf("[[[["),
                        "the file is not a plausible document of this kind: Document nesting depth (65) exceeds the maximum allowed (64); so it was not read"),
                hostile("a spec that contradicts its mappings", s -> s.replace("\"number\" : \"3.3\"", "\"number\" : \"3.5\""),
                        at("\"3.3\" ]"), "/units/0/sheet/1/criteria/0 (unit F17, evidence E2): mapped to criterion 3.3, which the unit's specification does not have"),
                hostile("a mapping to a criterion the unit does not have", s -> s.replace("[ \"3.3\" ]", "[ \"9.9\" ]"),
                        at("\"9.9\""), "(unit F17, evidence E2): mapped to criterion 9.9, which the unit's specification does not have"),
                hostile("an embedded spec that contradicts itself", s -> s.replace("\"number\" : \"1.3\"", "\"number\" : \"2.4\""),
                        at("\"2.4\""), "/units/0/spec/learningOutcomes/0/criteria/2/number (unit F17): criterion 2.4 is listed under learning outcome 1"),
                hostile("duplicate evidence ids", s -> s.replace("\"id\" : \"row-2\"", "\"id\" : \"row-1\""),
                        at("\"row-1\",\n    \"reference\" : \"E2\""),
                        "/evidence/1/id (evidence E2): the id row-1 is already used by an earlier evidence item"),
                hostile("a row naming evidence the portfolio has not", s -> s.replace("\"evidence\" : \"row-2\"", "\"evidence\" : \"row-9\""),
                        at("\"row-9\""), "/units/0/sheet/1/evidence (unit F17, evidence row 2): names the evidence item row-9, "
                                + "which the portfolio's evidence list does not have"),
                hostile("one item twice on a sheet", s -> s.replace("\"evidence\" : \"row-2\"", "\"evidence\" : \"row-1\""),
                        at("\"row-1\",\n      \"criteria\" : [ \"3.3\" ]"), "/units/0/sheet/1/evidence (unit F17, evidence E1): "
                                + "lists the evidence item row-1 a second time on this sheet"),
                hostile("newer format version", s -> s.replace("\"formatVersion\" : 2,\n  \"candidate\"", "\"formatVersion\" : 3,\n  \"candidate\""),
                        at("3,\n  \"candidate\""), "this portfolio was written in format 3 by a newer version of the application; "
                                + "this version reads format 2 and will not open it rather than lose what it cannot read"),
                hostile("unknown field", s -> s.replace("\"qualification\" :", "\"awardingBody\" : \"OCR\",\n  \"qualification\" :"),
                        at("\"OCR\""), "/awardingBody: this format has no field \"awardingBody\"; check its spelling"),
                hostile("a date that does not exist", s -> s.replace("2026-03-02", "2026-02-30"),
                        at("\"2026-02-30\""), "/evidence/0/date (evidence E1): \"2026-02-30\" is not a date written YYYY-MM-DD"),
                hostile("a criterion number that is not one", s -> s.replace("[ \"3.3\" ]", "[ \"3.3.1\" ]"),
                        at("\"3.3.1\""), "\"3.3.1\" is not a criterion number"),
                hostile("an evidence id of 100,000 characters", s -> s.replace("\"id\" : \"row-2\"", "\"id\" : \"" + "x".repeat(100_000) + "\""),
                        at("\"xxxx"), "/evidence/1/id (evidence E2): \"" + "x".repeat(60)
                                + "\u2026\" is not an evidence id, which is 1 to 64 letters, digits, hyphens or underscores"),
                hostile("a method code twice in the key", s -> s.replace("\"code\" : \"PD\"", "\"code\" : \"O\""),
                        at("\"O\",\n    \"name\" : \"Professional"), "/methods/1/code: method code O is in the key twice"),
                hostile("a unit spec given instead of a portfolio", s -> s.replace("\"format\" : \"evidence-record-portfolio\",\n", ""),
                        at("{"), "the required field \"format\" is missing"));
    }

    private static Arguments hostile(String what, UnaryOperator<String> breakIt, Place place, String message) {
        return Arguments.of(what, breakIt, place, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void aHostileFileIsRefusedWithItsPlaceAndLeftAsItWas(String what, UnaryOperator<String> breakIt, Place place,
                                                         String message) throws IOException {
        String text = breakIt.apply(SmallPortfolio.json());
        Path file = dir.resolve("candidate.ers.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        FileTime modified = Files.getLastModifiedTime(file);

        InvalidFileException e = assertThrows(InvalidFileException.class, () -> PortfolioReader.read(file));

        String expected = file + ":" + place.apply(text);
        String reported = e.problems().get(0).toString();
        assertTrue(reported.startsWith(expected), "expected at " + expected + "\nbut was " + reported);
        assertTrue(reported.contains(message), reported);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file), "the file is unchanged");
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertEquals(List.of(file), Files.list(dir).toList(), "nothing else was written beside it");
    }

    /**
     * A sparse file has the size of 1 GB of whitespace without writing it; the size alone must
     * refuse it, so its content (zeros here) is never looked at.
     */
    @Test
    void aGigabyteFileIsRefusedByItsSizeWithoutBeingRead() throws IOException {
        Path file = dir.resolve("huge.ers.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(1024L * 1024 * 1024);
        }
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> PortfolioReader.read(file));
        assertEquals(file + ": the file is 1024.0 MB; files of this kind are at most 64.0 MB, so it was not read",
                e.getMessage());
        assertEquals(1024L * 1024 * 1024, Files.size(file));
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        assertTrue(after - before < 64L * 1024 * 1024, "read into memory: " + (after - before) + " bytes");
    }

    @Test
    void millionsOfTinyValuesAreRefusedBeforeTheyFillTheMemory() throws IOException {
        Path file = dir.resolve("many.ers.json");
        Files.writeString(file, "[" + "{},".repeat(2_500_000) + "{}]");
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> PortfolioReader.read(file));
        assertEquals(file + ":1:3000001: the file is not a plausible document of this kind: Token count (2000001) exceeds "
                + "the maximum allowed (2000000); so it was not read", e.getMessage());
    }

    /** Hundreds of thousands of problems would bury the first ones and take minutes to print. */
    @Test
    void aFileWithVeryManyProblemsListsTheFirstHundredAndCountsTheRest() {
        StringBuilder json = new StringBuilder("{\"format\": \"evidence-record-portfolio\"");
        for (int i = 0; i < 150; i++) {
            json.append(",\n\"field").append(i).append("\": ").append(i);
        }
        byte[] bytes = json.append("}").toString().getBytes(StandardCharsets.UTF_8);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> PortfolioReader.parse("many.ers.json", bytes));
        assertEquals(101, e.problems().size());
        assertEquals("many.ers.json: and 57 more problems, not listed; fix these and check the file again",
                e.problems().get(100).toString());
    }

    @Test
    void aUnitInThePortfolioTwiceIsNamed() throws IOException {
        Portfolio twice = SmallPortfolio.create().withUnits(List.of(SmallPortfolio.create().units().get(0), SmallPortfolio.create().units().get(0)));
        InvalidFileException e = assertThrows(InvalidFileException.class,
                () -> PortfolioReader.parse("twice.ers.json", PortfolioWriter.toBytes(twice)));
        assertTrue(e.getMessage().contains(": /units/1/spec/id (unit F17): this unit (ocr-f17) is already in the portfolio"), e.getMessage());
    }

    @Test
    void everyProblemIsListedNotOnlyTheFirst() throws IOException {
        String text = SmallPortfolio.json().replace("[ \"3.3\" ]", "[ \"9.9\", \"3.3\", \"8.1\" ]");
        InvalidFileException e = assertThrows(InvalidFileException.class,
                () -> PortfolioReader.parse("two.ers.json", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    private static String lineAndColumn(String text, String marker) {
        int at = text.indexOf(marker);
        if (at < 0) {
            throw new IllegalArgumentException("the broken text has no " + marker);
        }
        String before = text.substring(0, at);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = at - before.lastIndexOf('\n');
        return line + ":" + column;
    }
}
