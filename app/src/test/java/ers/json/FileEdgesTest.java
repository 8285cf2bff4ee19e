package ers.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files at the edges of what is read: the size limit, blank files, short magic numbers and wide encodings. */
class FileEdgesTest {

    @TempDir
    Path dir;

    private static String said(byte[] bytes) {
        return assertThrows(InvalidFileException.class, () -> JsonDocument.parse("a.json", bytes)).problems().get(0).toString();
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsNot() throws Exception {
        Path at = Files.writeString(dir.resolve("at.json"), "{\"a\": 1}  ");
        assertEquals(1, JsonDocument.read(at, 10).tree().path("a").intValue());
        Path over = Files.writeString(dir.resolve("over.json"), "{\"a\": 1}   ");
        assertThrows(InvalidFileException.class, () -> JsonDocument.read(over, 10));
    }

    @Test
    void aFileOfOnlySpacesAndLineBreaksIsEmpty() {
        assertEquals("a.json: the file is empty", said(" \n\t\r ".getBytes()));
        assertEquals("a.json: the file is empty", said(new byte[0]));
    }

    @Test
    void aFileIsNamedByItsMagicNumberOnlyWhenItHoldsAllOfIt() {
        assertEquals("a.json: the file is a PDF document, not one of this application's text files; perhaps the wrong"
                + " file was chosen, or another file was renamed", said("%PDF".getBytes()));
        assertEquals("a.json:1:1: not valid JSON: \"%\" cannot start a value here (words are written in double quotes)",
                said("%PD".getBytes()));
    }

    @Test
    void wideEncodingsAreToldApartByTheirZeroBytes() {
        String utf32 = "a.json: the file is not saved as UTF-8 text but as UTF-32; save it as UTF-8 and try again";
        String utf16 = "a.json: the file is not saved as UTF-8 text but as UTF-16; save it as UTF-8 and try again";
        assertEquals(utf32, said(new byte[] {0, 0, 0, '{'}));
        assertEquals(utf32, said(new byte[] {0, 0, 0, 1}));
        assertEquals(utf32, said(new byte[] {'{', 0, 0, 0}));
        assertEquals(utf32, said(new byte[] {1, 0, 0, 0}));
        assertEquals(utf16, said(new byte[] {'{', 0, '}', 0}));
        assertEquals(utf16, said(new byte[] {0, '{', 0, '}'}));
        assertEquals(utf16, said(new byte[] {0, 1, 0, 0}));
        assertEquals("a.json: the file is not text at all (a program, a picture or the like); perhaps the wrong file"
                + " was chosen, or another file was renamed", said(new byte[] {0, 0, 0, 0}));
    }

    @Test
    void anObjectOfExactlyTheFieldLimitIsReadAndOneFieldMoreIsNot() throws Exception {
        assertEquals(JsonConfig.MAX_FIELDS, JsonDocument.parse("a.json", objectOf(JsonConfig.MAX_FIELDS)).tree().size());
        assertTrue(said(objectOf(JsonConfig.MAX_FIELDS + 1)).contains("an object has more than 20000 fields"));
    }

    private static byte[] objectOf(int fields) {
        StringBuilder text = new StringBuilder("{");
        for (int f = 0; f < fields; f++) {
            text.append(f == 0 ? "" : ",").append("\"f").append(f).append("\":0");
        }
        return text.append('}').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
