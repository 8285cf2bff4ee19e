package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the copy of a format 1 file goes whatever the file is called, and that it is made once, for format 1 only. */
class FirstFormatCopyTest {

    @TempDir
    Path dir;

    @Test
    void theCopyIsNamedAfterTheFileWhateverItsEnding() {
        assertEquals(dir.resolve("alex.v1.ers.json"), FirstFormatCopy.of(dir.resolve("alex.ers.json")));
        assertEquals(dir.resolve("alex.v1.ers.json"), FirstFormatCopy.of(dir.resolve("alex.json")));
        assertEquals(dir.resolve("alex.v1.ers.json"), FirstFormatCopy.of(dir.resolve("alex")));
    }

    @Test
    void aFormatOneFileIsCopiedOnceAndTheCopyIsNamed() throws Exception {
        Path file = dir.resolve("alex.ers.json");
        byte[] old = FormatOne.bytes(FormatOne.of(SmallPortfolio.create()));
        Files.write(file, old);

        assertEquals(Optional.of(dir.resolve("alex.v1.ers.json")), FirstFormatCopy.keep(file));
        assertArrayEquals(old, Files.readAllBytes(dir.resolve("alex.v1.ers.json")));
        assertEquals(Optional.empty(), FirstFormatCopy.keep(file), "an existing copy is never overwritten");
    }

    @Test
    void filesOfOtherFormatsOrNoneAreNotCopied() throws Exception {
        for (String content : List.of("{ \"format\": \"evidence-record-portfolio\", \"formatVersion\": 2 }",
                "{ \"format\": \"evidence-record-portfolio\" }", "[1]", "not JSON")) {
            Path file = dir.resolve("alex.ers.json");
            Files.writeString(file, content);
            assertEquals(Optional.empty(), FirstFormatCopy.keep(file), content);
            try (var files = Files.list(dir)) {
                assertEquals(List.of(file), files.toList(), content);
            }
        }
    }
}
