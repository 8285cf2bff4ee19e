package ers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.cli.CommandLineTest.Run;
import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.PortfolioWriter;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import ers.spec.UnitSpecReader;
import ers.testing.IsolatedHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code ers unit import | list | show}, and a unit imported from a register page used all the way to its sheet. */
class UnitCommandTest {

    private static final String REGISTER = """
            Unit title: Principles of leading a team
            Unit reference number: J/506/1937
            Credit value: 1

            Learning outcomes
            1 Understand the role of a team leader
            1.1 .1 Describe the role of a team leader
            1.2 .2 Explain how a team leader supports the members of a team
            2 Know how to brief a team
            2.1 Explain why a briefing needs a clear purpose
            """;

    @RegisterExtension
    final IsolatedHome home = new IsolatedHome();
    @TempDir
    Path dir;
    private Path units;

    @BeforeEach
    void unitsFolder() {
        units = home.units();
    }

    @Test
    void importingASeedTextWritesAValidUnitAndSaysWhatItRepaired() throws Exception {
        Path text = Files.writeString(dir.resolve("b14.txt"), new String(UnitCommandTest.class
                .getResourceAsStream("/seeds/ocr-unit-b14-review-quality-of-customer-service.txt").readAllBytes()));
        Path out = dir.resolve("b14.json");

        Run run = Run.of("unit", "import", text.toString(), "--out", out.toString(), "--id", "centre-b14");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(text + ": repaired: Criterion 1.3 is printed with its number twice"), run.out());
        assertTrue(run.out().endsWith(out + ": wrote unit B14 Review the quality of customer service (centre-b14, level 4,"
                + " 8 credits, 17 criteria)\n"), run.out());
        UnitSpec written = UnitSpecReader.read(out);
        assertEquals(UnitCatalog.bundledOnly().find("ocr-b14").orElseThrow().criteria(), written.criteria());
        assertEquals(0, Run.of("validate", out.toString()).exitCode());
    }

    @Test
    void aUnitFromARegisterPageGoesFromImportToItsPrintedSheetSayingWhatIsNotKnown() throws Exception {
        Path text = Files.writeString(dir.resolve("register.txt"), REGISTER);
        Files.createDirectories(units);
        Path file = units.resolve("tl2.json");

        Run imported = Run.of("unit", "import", text.toString(), "--out", file.toString(), "--code", "TL2");
        assertEquals(0, imported.exitCode(), imported.err());
        assertTrue(imported.out().contains(text + ": not found: level"), imported.out());

        Run validated = Run.of("validate", file.toString());
        assertEquals(0, validated.exitCode(), validated.out());
        assertTrue(validated.out().contains(file + ": warning: unit TL2: Unit specification incomplete: level not known"
                + " (not found in register.txt); guided learning hours not known (not found in register.txt)"), validated.out());

        Run listed = Run.of("unit", "list");
        assertTrue(listed.out().contains("TL2 Principles of leading a team (tl2, level not known, 1 credit, 3 criteria) from "
                + file + " [Unit specification incomplete: level not known"), listed.out());

        Run shown = Run.of("unit", "show", "TL2");
        assertTrue(shown.out().contains("\nlevel: not known\ncredit value: 1\n"), shown.out());
        assertTrue(shown.out().contains("  - Criterion 1.1 is printed with its number again (\".1\") before its text;"
                + " the repeated number has been removed."), shown.out());

        UnitSpec unit = UnitCatalog.load(units).find("tl2").orElseThrow();
        Path portfolio = dir.resolve("candidate.ers.json");
        PortfolioWriter.save(Portfolio.create(new Candidate("Sam Patel", null), new Centre("Northgate College", null),
                "Level 2 Certificate in Team Leading", List.of(new PortfolioUnit(unit, List.of(new EvidenceRow("r1", "E1",
                        "Observed briefing", List.of("O"), LocalDate.of(2026, 3, 2), null, null, List.of("1.1", "2.1"))),
                        List.of(), List.of()))), portfolio);
        Run checked = Run.of("validate", portfolio.toString());
        assertEquals(0, checked.exitCode(), checked.out());
        assertTrue(checked.out().contains("warning: unit TL2: Unit specification incomplete"), checked.out());

        Path pdf = dir.resolve("sheets.pdf");
        Run exported = Run.of("export", portfolio.toString(), "--out", pdf.toString());
        assertEquals(0, exported.exitCode(), exported.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(printed.contains("Unit TL2 Principles of leading a team Unit specification incomplete: level not"
                    + " known (not found in register.txt); guided learning hours not known"), printed);
        }
    }

    @Test
    void aTextWithoutAUnitCodeOrCriteriaIsNotWritten() throws Exception {
        Path out = dir.resolve("unit.json");
        Path noCode = Files.writeString(dir.resolve("register.txt"), REGISTER);
        Path noCriteria = Files.writeString(dir.resolve("notes.txt"), "Unit title: Lead a team\n\nNotes from the meeting.\n");

        Run withoutCode = Run.of("unit", "import", noCode.toString(), "--out", out.toString());
        Run withoutCriteria = Run.of("unit", "import", noCriteria.toString(), "--out", out.toString());

        assertEquals(1, withoutCode.exitCode());
        assertEquals(noCode + ": no unit code was found (a sector or awarding body unit number); give it with --code\n",
                withoutCode.err());
        assertEquals(1, withoutCriteria.exitCode());
        assertTrue(withoutCriteria.err().startsWith("notes.txt: no assessment criteria were found."), withoutCriteria.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void validateNamesAUnitFileItCouldNotRead() throws Exception {
        Files.createDirectories(units);
        Files.writeString(units.resolve("broken.json"), "{ \"formatVersion\": 1, ");
        Path portfolio = dir.resolve("p.ers.json");
        PortfolioWriter.save(ers.portfolio.SmallPortfolio.create(), portfolio);

        Run run = Run.of("validate", portfolio.toString());

        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains(portfolio + ": note: a unit file in your units folder could not be read, so it is"
                + " not offered: " + units.resolve("broken.json") + ":1:"), run.out());
        assertTrue(Run.of("unit", "list").out().contains("unreadable: " + units.resolve("broken.json") + ":1:"));
    }

    @Test
    void showingAUnitThatIsNotOfferedSaysSo() {
        Run run = Run.of("unit", "show", "nothing-here");

        assertEquals(1, run.exitCode());
        assertEquals("no unit nothing-here is on offer; `ers unit list` lists them\n", run.err());
    }
}
