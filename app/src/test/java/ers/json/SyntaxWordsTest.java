package ers.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each slip of a hand-edited file, and the plain words the user is told with its place: a table
 * of broken texts, each answer written out by hand.
 */
class SyntaxWordsTest {

    private static String said(String json) {
        InvalidFileException e = assertThrows(InvalidFileException.class,
                () -> JsonDocument.parse("a.json", json.getBytes(StandardCharsets.UTF_8)));
        return e.problems().get(0).toString();
    }

    @Test
    void everySlipIsSaidInPlainWordsAtItsPlace() {
        Map<String, String> slips = new LinkedHashMap<>();
        slips.put("{\"a\": 1,\n \"b\" 2}", "a.json:2:6: not valid JSON: a colon (:) must follow the field name, but \"2\" was found");
        slips.put("{\"a\": 1 \"b\": 2}", "a.json:1:9: not valid JSON: a comma is missing between two fields (a double quote follows a value)");
        slips.put("[1 2]", "a.json:1:4: not valid JSON: a comma is missing between two values of a list (\"2\" follows a value)");
        slips.put("{\"a\": 1,}", "a.json:1:9: not valid JSON: a comma is followed by no field (remove the last comma before })");
        slips.put("{a: 1}", "a.json:1:2: not valid JSON: a field name must be written in double quotes, but \"a\" was found");
        slips.put("[1,]", "a.json:1:4: not valid JSON: a comma is followed by no value (remove the last comma before ])");
        slips.put("[1, }", "a.json:1:5: not valid JSON: \"}\" cannot start a value here (words are written in double quotes)");
        slips.put("{\"a\": 1]", "a.json:1:8: not valid JSON: \"]\" closes a list that was never opened, or closes the wrong one");
        slips.put("[1}", "a.json:1:3: not valid JSON: \"}\" closes an object that was never opened, or closes the wrong one");
        slips.put("{\"a\": NaN}", "a.json:1:10: not valid JSON: \"NaN\" is not a number a file can hold; write a number, or leave the field out");
        slips.put("{\"a\": -Infinity}", "a.json:1:16: not valid JSON: \"-Infinity\" is not a number a file can hold; write a number, or leave the field out");
        slips.put("{\"a\": 1, \"a\": 2}", "a.json:1:13: not valid JSON: the field \"a\" is given twice in the same place");
        slips.put("{\"a\": \"two\nlines\"}", "a.json:1:11: not valid JSON: a line break inside words in double quotes (write it as \\n)");
        slips.put("{\"a\": \"bell\u0007\"}", "a.json:1:12: the file holds a character no text file has (code 7); it may not be a text file");
        slips.put("{\"a\": 07}", "a.json:1:8: not valid JSON: a number starts with 0 (write 7, not 07)");
        slips.put("{\"a\": \"\\q\"}", "a.json:1:9: not valid JSON: a backslash in words in double quotes is followed by a letter it cannot escape (write a backslash itself as \\\\)");
        slips.put("{\"a\": -x}", "a.json:1:8: not valid JSON: a number is written wrongly (\"x\" inside it)");
        slips.put("{\"a\": yes}", "a.json:1:7: not valid JSON: \"yes\" stands where a value should be (words are written in double quotes; a document starts with { or [)");
        slips.forEach((json, words) -> assertEquals(words, said(json), json));
    }

    @Test
    void aLongStrayWordIsShortenedToThirtyCharacters() {
        String thirty = "abcdefghijklmnopqrstuvwxyzabcd";
        assertEquals("a.json:1:7: not valid JSON: \"" + thirty + "\" stands where a value should be"
                + " (words are written in double quotes; a document starts with { or [)", said("{\"a\": " + thirty + "}"));
        assertEquals("a.json:1:7: not valid JSON: \"" + thirty + "…\" stands where a value should be"
                + " (words are written in double quotes; a document starts with { or [)", said("{\"a\": " + thirty + "e}"));
    }

    @Test
    void bytesThatAreNotUtf8AreSaidSoWithoutBlamingTheWrongByte() {
        // 0xE9 is é in Latin-1; in UTF-8 it starts a three-byte character that the quote after it cuts short.
        assertEquals("the file is not saved as UTF-8 text (a character there is written in another encoding);"
                + " save it as UTF-8 and try again", withoutPlace(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}'}));
        assertEquals("the file is not saved as UTF-8 text (it holds the byte 0xff, which UTF-8 text never has there);"
                + " save it as UTF-8 and try again", withoutPlace(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'}));
    }

    private static String withoutPlace(byte[] bytes) {
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> JsonDocument.parse("a.json", bytes));
        return e.problems().get(0).toString().replaceFirst("^a\\.json(:\\d+)*: ", "");
    }
}
