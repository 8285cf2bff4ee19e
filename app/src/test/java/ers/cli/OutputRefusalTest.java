package ers.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A verb never writes its output over its own input, nor over a file of another kind. */
class OutputRefusalTest extends CommandTest {

    @Test
    void exportOutOntoThePortfolioItselfIsRefusedAndThePortfolioStays() throws Exception {
        Path portfolio = Files.copy(SAMPLE, dir.resolve("alex.ers.json"));
        byte[] before = Files.readAllBytes(portfolio);

        assertEquals(1, run("export", portfolio.toString(), "--out", portfolio.toString()));

        assertTrue(err.toString().contains(portfolio + ": not written: it is the portfolio itself"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(portfolio));
    }

    @Test
    void exportOutOntoAnotherNameOfThePortfolioIsRefusedByIdentity() throws Exception {
        Path portfolio = Files.copy(SAMPLE, dir.resolve("alex.ers.json"));
        byte[] before = Files.readAllBytes(portfolio);
        Path hardLink = Files.createLink(dir.resolve("alex.pdf"), portfolio);
        Path symbolic = Files.createSymbolicLink(dir.resolve("sheets.pdf"), portfolio.getFileName());

        assertEquals(1, run("export", portfolio.toString(), "--out", hardLink.toString()));
        assertEquals(1, run("export", portfolio.toString(), "--out", symbolic.toString()));
        assertEquals(1, run("export", dir.resolve(".").resolve("alex.ers.json").toString(), "--out", portfolio.toString()));

        assertEquals(3, err.toString().split("it is the portfolio itself", -1).length - 1, err.toString());
        assertArrayEquals(before, Files.readAllBytes(portfolio));
    }

    @Test
    void exportOutOverAFileThatIsNotAPdfIsRefusedButAnEarlierPdfIsReplaced() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.pdf"), "my notes, wrongly named");
        assertEquals(1, run("export", SAMPLE.toString(), "--out", notes.toString()));
        assertTrue(err.toString().contains(notes + ": not written: it already exists and is not a PDF"), err.toString());
        assertEquals("my notes, wrongly named", Files.readString(notes));

        Path sheets = dir.resolve("sheets.pdf");
        assertEquals(0, run("export", SAMPLE.toString(), "--out", sheets.toString()), err.toString());
        long first = Files.size(sheets);
        assertEquals(0, run("export", SAMPLE.toString(), "--out", sheets.toString(), "--unit", "F17"), err.toString());
        assertTrue(Files.size(sheets) < first, "the earlier PDF was replaced");
    }

    @Test
    void exportGapsOntoThePortfolioOrOntoTheOutPdfIsRefused() throws Exception {
        Path portfolio = Files.copy(SAMPLE, dir.resolve("alex.ers.json"));
        byte[] before = Files.readAllBytes(portfolio);
        Path pdf = dir.resolve("alex.pdf");

        assertEquals(1, run("export", portfolio.toString(), "--gaps", portfolio.toString()));
        assertEquals(1, run("export", portfolio.toString(), "--out", pdf.toString(), "--gaps", pdf.toString()));

        assertTrue(err.toString().contains(portfolio + ": not written: it is the portfolio itself"), err.toString());
        assertTrue(err.toString().contains(pdf + ": not written: it is the other output itself"), err.toString());
        assertArrayEquals(before, Files.readAllBytes(portfolio));
        assertFalse(Files.exists(pdf));
    }

    @Test
    void unitImportOutOntoItsOwnSpecificationOrOverAPortfolioIsRefusedEvenWithReplace() throws Exception {
        Path text = Files.write(dir.resolve("b14.txt"), OutputRefusalTest.class
                .getResourceAsStream("/seeds/ocr-unit-b14-review-quality-of-customer-service.txt").readAllBytes());
        byte[] before = Files.readAllBytes(text);
        Path portfolio = Files.copy(SAMPLE, dir.resolve("alex.ers.json"));

        assertEquals(1, run("unit", "import", text.toString(), "--out", text.toString(), "--replace"));
        assertEquals(1, run("unit", "import", text.toString(), "--out", portfolio.toString(), "--replace"));

        assertTrue(err.toString().contains(text + ": not written: it is the specification read itself"), err.toString());
        assertTrue(err.toString().contains(portfolio + ": not written: it already exists and is not a unit file"),
                err.toString());
        assertArrayEquals(before, Files.readAllBytes(text));
        assertArrayEquals(Files.readAllBytes(SAMPLE), Files.readAllBytes(portfolio));

        Path unit = dir.resolve("b14.json");
        assertEquals(0, run("unit", "import", text.toString(), "--out", unit.toString()), err.toString());
        assertEquals(0, run("unit", "import", text.toString(), "--out", unit.toString(), "--replace"), err.toString());
    }

    @Test
    void verifyReportOntoThePortfolioItselfIsRefused() throws Exception {
        Path portfolio = Files.copy(SAMPLE, dir.resolve("alex.ers.json"));
        byte[] before = Files.readAllBytes(portfolio);
        assertEquals(1, run("verify", portfolio.toString(), "--report", portfolio.toString()));
        assertTrue(err.toString().contains(portfolio + ": the report was not written: it is the portfolio itself"),
                err.toString());
        assertArrayEquals(before, Files.readAllBytes(portfolio));
    }

    @Test
    void exportOutOntoAFolderIsRefused() {
        assertEquals(1, run("export", SAMPLE.toString(), "--out", dir.toString()));
        assertTrue(err.toString().contains(dir + ": not written: it is a folder"), err.toString());
    }

    @Test
    void certificateCreateOntoItsOwnKeyFileOrOverAnotherFileIsRefused() throws Exception {
        Path key = dir.resolve("me.p12");
        assertEquals(1, run("certificate", "create", "--name", "Jo Bloggs", "--out", key.toString(),
                "--certificate", dir.resolve(".").resolve("me.p12").toString()));
        assertTrue(err.toString().contains("not written: it is the key file itself"), err.toString());
        assertFalse(Files.exists(key));

        Path portfolio = Files.copy(SAMPLE, dir.resolve("alex.ers.json"));
        assertEquals(1, run("certificate", "create", "--name", "Jo Bloggs", "--out", key.toString(),
                "--certificate", portfolio.toString()));
        assertTrue(err.toString().contains(portfolio + ": not written: it already exists and is not a certificate"),
                err.toString());
        assertArrayEquals(Files.readAllBytes(SAMPLE), Files.readAllBytes(portfolio));
    }
}
