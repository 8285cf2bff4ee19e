package ers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.cli.CommandLineTest.Run;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.SmallPortfolio;
import ers.spec.SmallUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} as a script uses it: one line per problem, exit 0 or 1. */
class ValidateCommandTest {

    private static final Path REPO = Path.of(System.getProperty("ers.repo", ".."));

    @TempDir
    Path dir;
    private String homeBefore;

    /** The user's own units folder is part of what validate compares against; tests use an empty one. */
    @BeforeEach
    void isolateTheUsersFolder() throws IOException {
        homeBefore = System.getProperty("ers.home");
        System.setProperty("ers.home", Files.createDirectories(dir.resolve("home")).toString());
    }

    @AfterEach
    void restoreTheUsersFolder() {
        if (homeBefore == null) {
            System.clearProperty("ers.home");
        } else {
            System.setProperty("ers.home", homeBefore);
        }
    }

    @Test
    void theBundledUnitsAndSamplesAreValid() {
        Path f17 = REPO.resolve("specs/units/ocr-f17.json");
        Path b13 = REPO.resolve("specs/units/ocr-b13.json");
        Path complete = REPO.resolve("samples/complete-team-leading.ers.json");

        Run run = Run.of("validate", f17.toString(), b13.toString(), complete.toString());

        assertEquals(0, run.exitCode());
        assertEquals(List.of(
                f17 + ": warning: unit F17 expired on 28/02/2015; check the awarding body still accepts it",
                f17 + ": valid unit specification F17 (10 criteria)",
                b13 + ": valid unit specification B13 (27 criteria)",
                complete + ": warning: unit F17 expired on 28/02/2015; check the awarding body still accepts it",
                complete + ": valid portfolio (4 units)"), run.out().lines().toList());
        assertEquals("", run.err());
    }

    @Test
    void eachProblemIsOneLineWithFileLineAndColumnAndTheExitIsOne() throws IOException {
        Path unit = write("unit.json", SmallUnit.JSON.replace("\"1.2\"", "\"1.1\"").replace("\"level\": 3", "\"level\": 9"));
        Path portfolio = write("candidate.ers.json", SmallPortfolio.json().replace("[ \"3.3\" ]", "[ \"3.9\" ]"));

        Run run = Run.of("validate", unit.toString(), portfolio.toString());

        assertEquals(1, run.exitCode());
        List<String> lines = run.out().lines().toList();
        assertEquals(unit + ":6:12: /level: must have a maximum value of 8", lines.get(0));
        assertTrue(lines.get(1).matches(Pattern.quote(portfolio.toString())
                + ":\\d+:\\d+: " + Pattern.quote("/units/0/sheet/1/criteria/0 (unit F17, evidence E2): mapped to criterion 3.9,"
                        + " which the unit's specification does not have")),
                lines.get(1));
        assertEquals(2, lines.size(), run.out());
    }

    @Test
    void aValidFileIsStillReportedAmongInvalidOnes() throws IOException {
        Path good = write("good.json", SmallUnit.JSON);
        Path missing = dir.resolve("missing.json");
        Path empty = write("empty.json", "");

        Run run = Run.of("validate", missing.toString(), good.toString(), empty.toString());

        assertEquals(1, run.exitCode());
        assertEquals(List.of(missing + ": no such file", good + ": valid unit specification U1 (2 criteria)",
                empty + ": the file is empty"), run.out().lines().toList());
    }

    @Test
    void aPortfolioIsKnownByItsContentWhateverItsName() throws IOException {
        byte[] json = PortfolioWriter.toBytes(SmallPortfolio.create());
        Path file = dir.resolve("export-from-email.json");
        Files.write(file, json);
        Run run = Run.of("validate", file.toString());
        assertEquals(0, run.exitCode());
        assertTrue(run.out().endsWith(file + ": valid portfolio (1 unit)\n"), run.out());
    }

    @Test
    void aUnitSpecificationNamedLikeAPortfolioIsJudgedAsAPortfolio() throws IOException {
        Path file = write("unit.ers.json", SmallUnit.JSON);
        Run run = Run.of("validate", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().startsWith(file + ":1:1: this is a unit specification, not a portfolio; a portfolio starts "
                + "with \"format\": \"evidence-record-portfolio\""), run.out());
    }

    @Test
    void aLargeFileThatIsNotAPortfolioIsRefusedAsAUnitBySize() throws IOException {
        Path file = write("big.json", "{\"notes\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}");
        Run run = Run.of("validate", file.toString());
        assertEquals(1, run.exitCode());
        assertEquals(file + ": the file is 3.0 MB; files of this kind are at most 2.0 MB, so it was not read\n", run.out());
    }

    @Test
    void aPortfolioWhoseCopyOfAUnitDiffersFromTheOfferedOneGetsANoteNotAnError() throws Exception {
        Path units = Files.createDirectories(Path.of(System.getProperty("ers.home"), "units"));
        Files.writeString(units.resolve("centre-u1.json"), SmallUnit.JSON.replace("Lead a team briefing", "Lead team briefings"));
        Path file = dir.resolve("candidate.ers.json");
        PortfolioWriter.save(SmallPortfolio.create().withUnits(
                List.of(PortfolioUnit.empty(SmallUnit.parse(SmallUnit.JSON)))), file);

        Run run = Run.of("validate", file.toString());

        assertEquals(0, run.exitCode(), run.out());
        assertEquals(List.of(file + ": note: Unit U1: the specification in " + units.resolve("centre-u1.json")
                        + " differs from this portfolio's copy: title reworded to \"Lead team briefings\""
                        + "; the portfolio keeps its own copy",
                file + ": valid portfolio (1 unit)"), run.out().lines().toList());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
