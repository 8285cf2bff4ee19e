package ers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ers.json.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundled and user units listed together; a broken user file is reported and skipped. */
class UnitCatalogTest {

    @TempDir
    Path units;

    @Test
    void withoutAUserFolderTheFourBundledUnitsAreOffered() {
        UnitCatalog catalog = UnitCatalog.load(units.resolve("missing"));
        assertEquals(List.of("B13", "B14", "CC17", "F17"), codes(catalog));
        assertEquals(List.of(), catalog.problems());
    }

    @Test
    void oneBrokenFileAmongGoodOnesNeverStopsTheOthersLoading() throws IOException {
        write("a-good.json", SmallUnit.JSON);
        write("b-broken.json", SmallUnit.JSON.replace("\"1.2\"", "\"1.1\""));
        write("c-good.json", SmallUnit.JSON.replace("centre-u1", "centre-u2").replace("\"U1\"", "\"U2\""));
        write("d-empty.json", "");
        write("notes.txt", "not a unit, not looked at");

        UnitCatalog catalog = UnitCatalog.load(units);

        assertEquals(List.of("B13", "B14", "CC17", "F17", "U1", "U2"), codes(catalog));
        assertEquals(CatalogEntry.Origin.USER, catalog.entries().get(4).origin());
        assertEquals(List.of(
                        units.resolve("b-broken.json") + ":15:21: /learningOutcomes/0/criteria/1/number: criterion 1.1 appears twice",
                        units.resolve("d-empty.json") + ": the file is empty"),
                catalog.problems().stream().map(Problem::toString).toList());
    }

    /** A pipe named like a unit would block reading for ever: the catalogue must still load. */
    @Test
    void aPipeAmongTheUnitsIsSkippedNotWaitedFor() throws Exception {
        Path pipe = units.resolve("pipe.json");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "needs mkfifo");
        write("a-good.json", SmallUnit.JSON);

        UnitCatalog catalog = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> UnitCatalog.load(units));

        assertEquals(List.of("B13", "B14", "CC17", "F17", "U1"), codes(catalog));
        assertEquals(List.of(pipe + ": is not an ordinary file, so it was not read"),
                catalog.problems().stream().map(Problem::toString).toList());
    }

    @Test
    void aUserUnitCannotTakeTheIdOfABundledOne() throws IOException {
        write("f17-copy.json", SmallUnit.JSON.replace("centre-u1", "ocr-f17"));
        UnitCatalog catalog = UnitCatalog.load(units);
        assertEquals(List.of("B13", "B14", "CC17", "F17"), codes(catalog));
        assertEquals("F17", catalog.find("ocr-f17").orElseThrow().code(), "the bundled unit is kept");
        String problem = catalog.problems().get(0).toString();
        assertTrue(problem.startsWith(units.resolve("f17-copy.json") + ": the id \"ocr-f17\" is already used by bundled"), problem);
    }

    @Test
    void unitsAreFoundByTheCodeTheSheetPrintsIgnoringCase() {
        UnitCatalog catalog = UnitCatalog.bundledOnly();
        assertEquals("ocr-cc17", catalog.findByCodeOrId("cc17").orElseThrow().id());
        assertEquals("CC17", catalog.findByCodeOrId("ocr-cc17").orElseThrow().code());
        assertTrue(catalog.findByCodeOrId("Z99").isEmpty());
    }

    @Test
    void unitsWithTheSameCodeAreListedByTheirIds() throws IOException {
        write("1.json", SmallUnit.JSON.replace("centre-u1", "centre-u1-b"));
        write("2.json", SmallUnit.JSON.replace("centre-u1", "centre-u1-a"));

        List<String> ids = UnitCatalog.load(units).entries().stream().map(e -> e.spec().id()).toList();

        assertEquals(List.of("ocr-b13", "ocr-b14", "ocr-cc17", "ocr-f17", "centre-u1-a", "centre-u1-b"), ids);
    }

    /** Files are created out of order so that the folder's own order is unlikely to be the names'. */
    @Test
    void problemsAreListedInTheOrderOfTheFileNames() throws IOException {
        for (String name : List.of("c", "f", "a", "e", "b", "d")) {
            write(name + ".json", "");
        }

        assertEquals(List.of("a", "b", "c", "d", "e", "f").stream().map(n -> units.resolve(n + ".json") + ": the file is empty").toList(),
                UnitCatalog.load(units).problems().stream().map(Problem::toString).toList());
    }

    private static List<String> codes(UnitCatalog catalog) {
        return catalog.entries().stream().map(e -> e.spec().code()).toList();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(units.resolve(name), content);
    }
}
