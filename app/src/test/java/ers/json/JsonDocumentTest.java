package ers.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what they seem are refused by name, without reading them whole. */
class JsonDocumentTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsSaidToBeAFolder() {
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> JsonDocument.read(dir, 1024));
        assertEquals(dir + ": is a folder, not a file", e.getMessage());
    }

    /** A device reports size 0 and never ends: it is refused before it is opened. */
    @Test
    void aDeviceIsRefusedWithoutBeingRead() {
        Path endless = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(endless), "needs a Unix-like system");
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> JsonDocument.read(endless, 1024 * 1024));
        assertEquals("/dev/zero: is not a regular file (a pipe, a device or a socket), so it was not read",
                e.getMessage());
    }

    @Test
    void aProblemAtAFieldIsPlacedWhereTheFieldIsWritten() throws Exception {
        JsonDocument document = JsonDocument.parse("a.json", "{\n  \"a\": {\n    \"b/c\": [1,\n 2]\n  }\n}".getBytes());
        assertEquals("a.json:4:2: /a/b~1c/1: too big", document.problemAt("/a/b~1c/1", "too big").toString());
        assertEquals("a.json:2:8: /a/missing: is missing", document.problemAt("/a/missing", "is missing").toString(),
                "a field that is not there is placed where its object starts");
        assertEquals("a.json:1:1: wrong", document.problemAt("", "wrong").toString());
    }
}
