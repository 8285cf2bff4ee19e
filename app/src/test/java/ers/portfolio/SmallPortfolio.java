package ers.portfolio;

import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** A small valid portfolio (unit F17, two rows) that tests save, break and read back. */
public final class SmallPortfolio {

    private SmallPortfolio() {
    }

    public static Portfolio create() {
        UnitSpec f17 = UnitCatalog.bundledOnly().find("ocr-f17").orElseThrow();
        PortfolioUnit unit = new PortfolioUnit(f17, List.of(
                new EvidenceRow("row-1", "E1", "Observation of the Monday team briefing", List.of("O"),
                        LocalDate.of(2026, 3, 2), "Portfolio folder 1", null, List.of("1.1", "1.2")),
                new EvidenceRow("row-2", "E2", "Witness testimony from the line manager", List.of("WT"),
                        null, null, null, List.of("3.3"))), List.of(), List.of());
        return new Portfolio(Portfolio.FORMAT, Portfolio.FORMAT_VERSION, new Candidate("Anna Kowalska", "0042"),
                new Centre("Calder Valley Training Partnership", "12345"), "OCR Level 3 NVQ in Team Leading",
                new People(new Person("Helen Whitworth", true), null, null, null), AssessmentMethod.defaults(),
                List.of(unit));
    }

    /** The portfolio as the writer saves it. */
    public static String json() throws IOException {
        return new String(PortfolioWriter.toBytes(create()), StandardCharsets.UTF_8);
    }
}
