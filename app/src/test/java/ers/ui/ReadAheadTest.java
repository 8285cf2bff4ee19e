package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.json.InvalidFileException;
import ers.json.Problem;
import ers.portfolio.PortfolioWriter;
import ers.testing.Portfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file named on the command line, read while the window is built, gives what opening it would. */
@Tag("ui")
class ReadAheadTest {

    @TempDir
    Path dir;

    @Test
    void aGoodFileIsReadAsOpeningReadsIt() throws Exception {
        Path file = dir.resolve("alex.ers.json");
        PortfolioWriter.save(Portfolios.small(), file);
        assertEquals(Portfolios.small(), ReadAhead.start(file).get().portfolio());
    }

    @Test
    void aBrokenFileIsRefusedWithItsPlaceAsWhenOpened() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.ers.json"), "{\n  \"format\": 1e400\n}\n");
        InvalidFileException refused = assertThrows(InvalidFileException.class, () -> ReadAhead.start(file).get());
        Problem first = refused.problems().get(0);
        assertEquals(2, first.line(), first.toString());
        assertTrue(first.file().endsWith("broken.ers.json"), first.toString());
    }
}
