package ers.portfolio.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.SmallPortfolio;
import ers.portfolio.files.Outputs.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which existing files an output may replace: a table of every kind of output against every kind
 * of file, each answer written out by hand.
 */
class OutputsTest {

    private static final Path REPO = Path.of(System.getProperty("ers.repo", ".."));

    @TempDir
    Path dir;
    private Map<String, Path> files;

    @BeforeEach
    void files() throws Exception {
        files = Map.of(
                "pdf", Files.writeString(dir.resolve("sheets.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"),
                "portfolio", Files.writeString(dir.resolve("anna.ers.json"), SmallPortfolio.json()),
                "certificate", Files.copy(REPO.resolve("samples/sample-assessor.cer"), dir.resolve("helen.cer")),
                "csv", Files.writeString(dir.resolve("gaps.csv"), "\uFEFFUnit,Criterion\r\nF17,1.1\r\n"),
                "unit", Files.copy(REPO.resolve("specs/units/ocr-f17.json"), dir.resolve("f17.json")),
                "empty", Files.createFile(dir.resolve("empty")),
                "binary", Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xff, (byte) 0xd8, 0, 0x10}),
                "nul", Files.write(dir.resolve("zeros.bin"), new byte[16]),
                "big", Files.write(dir.resolve("big.txt"), new byte[70 * 1024]));
    }

    private Optional<String> refusal(Kind kind, String file) {
        return Outputs.of(files.get(file), kind).refusal();
    }

    private static Optional<String> notA(String words) {
        return Optional.of("already exists and is not " + words + ", so it is not replaced");
    }

    @Test
    void anOutputReplacesAFileOfItsOwnKindOrAnEmptyOneAndNothingElse() {
        Optional<String> may = Optional.empty();
        assertEquals(may, refusal(Kind.PDF, "pdf"));
        assertEquals(notA("a PDF"), refusal(Kind.PDF, "portfolio"));
        assertEquals(notA("a PDF"), refusal(Kind.PDF, "csv"));
        assertEquals(may, refusal(Kind.PDF, "empty"));

        assertEquals(may, refusal(Kind.PORTFOLIO, "portfolio"));
        assertEquals(notA("a portfolio"), refusal(Kind.PORTFOLIO, "unit"));
        assertEquals(notA("a portfolio"), refusal(Kind.PORTFOLIO, "pdf"));

        assertEquals(may, refusal(Kind.CERTIFICATE, "certificate"));
        assertEquals(notA("a certificate"), refusal(Kind.CERTIFICATE, "csv"));
        assertEquals(notA("a certificate"), refusal(Kind.CERTIFICATE, "portfolio"));
        assertEquals(notA("a certificate"), refusal(Kind.CERTIFICATE, "big"), "a file over 64 KiB is not read as one");

        assertEquals(may, refusal(Kind.CSV, "csv"));
        assertEquals(notA("a CSV file"), refusal(Kind.CSV, "portfolio"), "JSON is not a table");
        assertEquals(notA("a CSV file"), refusal(Kind.CSV, "pdf"));
        assertEquals(notA("a CSV file"), refusal(Kind.CSV, "binary"), "a file with a NUL byte is not text");
        assertEquals(notA("a CSV file"), refusal(Kind.CSV, "nul"), "nor one that starts with it");

        assertEquals(may, refusal(Kind.UNIT, "unit"));
        assertEquals(notA("a unit file"), refusal(Kind.UNIT, "portfolio"), "a portfolio holds units but is not one");
        assertEquals(notA("a unit file"), refusal(Kind.UNIT, "csv"));
    }

    @Test
    void aNewFileMayBeWrittenButNotAFolderOrOverAnInputByAnyOfItsNames() throws Exception {
        Path input = files.get("portfolio");
        assertEquals(Optional.empty(), Outputs.of(dir.resolve("new.pdf"), Kind.PDF).refusal());
        assertEquals(Optional.of("is a folder"), Outputs.of(dir, Kind.PDF).refusal());
        assertEquals(Optional.of("is not an ordinary file"), Outputs.of(Path.of("/dev/null"), Kind.PDF).refusal());
        assertEquals(Optional.of("is the portfolio itself"),
                Outputs.of(input, Kind.PORTFOLIO).notOver("the portfolio", input).refusal());
        Path link = Files.createSymbolicLink(dir.resolve("link.ers.json"), input);
        assertEquals(Optional.of("is the portfolio itself"),
                Outputs.of(link, Kind.PORTFOLIO).notOver("the key file", null).notOver("the portfolio", input).refusal(),
                "a second name of the input is the input");
        assertEquals(Optional.of("is the other output itself"), Outputs.of(dir.resolve("sub/../both.pdf"), Kind.PDF)
                .notOver("the portfolio", input).notOver("the other output", dir.resolve("both.pdf")).refusal(),
                "two outputs that do not exist yet but name one place");
    }
}
