package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.spec.SmallUnit;
import ers.spec.UnitCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is saved is what is read back: nothing lost, nothing added. */
class RoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aPortfolioWithEverythingOptionalLeftOutReadsBackEqual() throws Exception {
        Portfolio bare = Portfolio.create(new Candidate("Jo Bloggs", null), new Centre("Centre", null), "NVQ",
                List.of(PortfolioUnit.empty(UnitCatalog.bundledOnly().find("ocr-b14").orElseThrow())));
        assertEquals(bare, saveAndRead(bare));
    }

    /** Optional fields a centre leaves out of its own unit are written as nulls in the portfolio's copy. */
    @Test
    void aCentresMinimalUnitReadsBackEqualOnceEmbedded() throws Exception {
        Portfolio portfolio = SmallPortfolio.create().withUnits(List.of(PortfolioUnit.empty(SmallUnit.parse(SmallUnit.JSON))));
        assertEquals(portfolio, saveAndRead(portfolio));
    }

    @Test
    void textInAnyScriptAndEveryFieldFilledReadsBackEqual() throws Exception {
        EvidenceRow row = new EvidenceRow("a1_b-2", "E1/2", "Siân’s “Tell us once” pilot: £4,200 saved; naïve café rota ✓",
                List.of("O", "PD"), LocalDate.of(2026, 12, 31), "Ffolder 3, adran B", "Nodiadau: ŵ ŷ",
                List.of("4.10", "4.2", "4.2"));
        Portfolio full = new Portfolio(Portfolio.FORMAT, Portfolio.FORMAT_VERSION, new Candidate("Siân Ellis-Jones", "0042"),
                new Centre("Coleg Cymunedol", "12345"), "OCR Level 3 NVQ in Team Leading",
                new People(new Person("A", false), new Person("B", true), new Person("C", false), new Person("D", true)),
                List.of(new AssessmentMethod("O", "Observation"), new AssessmentMethod("PD", "Trafodaeth broffesiynol")),
                List.of(new PortfolioUnit(UnitCatalog.bundledOnly().find("ocr-b13").orElseThrow(), List.of(row),
                        List.of(), List.of())));
        Portfolio read = saveAndRead(full);
        assertEquals(full, read);
        assertEquals(List.of("4.2", "4.10"), read.units().get(0).evidence().get(0).criteria(),
                "criteria in numeric order without repeats");
    }

    @Test
    void theSamplesReadBackEqualAfterSaving() throws Exception {
        Path samples = Path.of(System.getProperty("ers.repo", "..")).resolve("samples");
        try (var files = Files.list(samples)) {
            for (Path sample : files.filter(f -> f.toString().endsWith(".ers.json")).toList()) {
                Portfolio portfolio = PortfolioReader.read(sample);
                assertEquals(portfolio, saveAndRead(portfolio), sample.toString());
            }
        }
    }

    private Portfolio saveAndRead(Portfolio portfolio) throws Exception {
        Path file = dir.resolve("p.ers.json");
        PortfolioWriter.save(portfolio, file);
        return PortfolioReader.read(file);
    }
}
