package ers.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonParser;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Where a problem is placed in the text: at the value a field path names, or at its nearest
 * ancestor when the text has no such value, each place counted by hand in the text below.
 */
class PlacesTest {

    /** Line 2 col 3: "list"'s value; line 3 col 5: its first item; line 4 col 5: its second. */
    private static final String TEXT = "{\n  \"list\": [\n    {\"x\": 1},\n    {\"y\": 2}\n  ],\n  \"a\": {\"b\": 3}\n}";

    private static String place(String pointer) throws InvalidFileException {
        return place(TEXT, pointer);
    }

    @Test
    void aPathThatIsInTheTextIsPlacedAtItsValue() throws Exception {
        assertEquals("2:11", place("/list"));
        assertEquals("3:5", place("/list/0"));
        assertEquals("4:5", place("/list/1"));
        assertEquals("4:11", place("/list/1/y"));
        assertEquals("6:8", place("/a"));
        assertEquals("6:14", place("/a/b"));
    }

    @Test
    void aPathThatIsNotInTheTextIsPlacedAtItsNearestAncestor() throws Exception {
        assertEquals("2:11", place("/list/2"), "the list has two items, so no third");
        assertEquals("2:11", place("/list/1x"), "not an index");
        assertEquals("2:11", place("/list/"), "an empty step");
        assertEquals("2:11", place("/list/0000000001"), "ten digits are no index a file could have");
        assertEquals("3:5", place("/list/0/y"), "the first item has no y");
        assertEquals("6:8", place("/a/c"));
        assertEquals("1:1", place("/missing"));
    }

    @Test
    void aFieldNamedWithNothingAndAFieldOfTheSameNameInsideItAreEachPlacedAtTheirOwnValue() throws Exception {
        String text = "{\"a\": {\"a\": 1, \"\": 2}}";
        assertEquals("1:7", place(text, "/a"), "the outer a, not the a inside it");
        assertEquals("1:20", place(text, "/a/"), "the field whose name is empty");
    }

    @Test
    void aListIndexWithTheDigitNineIsAnIndex() throws Exception {
        String text = "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]";
        assertEquals("1:29", place(text, "/9"));
        assertEquals("1:32", place(text, "/10"));
    }

    @Test
    void aTextWithNoValueHasNoPlace() throws Exception {
        try (JsonParser parser = JsonConfig.mapper().createParser("  ")) {
            assertEquals(Places.NONE, Places.of(parser).nearest("/a"));
        }
    }

    private static String place(String text, String pointer) throws InvalidFileException {
        Problem p = JsonDocument.parse("a.json", text.getBytes(StandardCharsets.UTF_8)).problemAt(pointer, "here");
        return p.line() + ":" + p.column();
    }
}
