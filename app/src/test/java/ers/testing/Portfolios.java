package ers.testing;

import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import ers.spec.Level;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.util.ArrayList;
import java.util.List;

/** Portfolios for tests, built from the bundled units or generated to a given size. */
public final class Portfolios {

    private Portfolios() {
    }

    public static UnitSpec bundled(String id) {
        return UnitCatalog.bundledOnly().find(id).orElseThrow();
    }

    /** B13 with two rows (E1 covers 1.1 and 1.2, E2 covers 2.1) and B14 with none. */
    public static Portfolio small() {
        PortfolioUnit b13 = new PortfolioUnit(bundled("ocr-b13"), List.of(
                row("r1", "E1", "Team meeting minutes", List.of("1.1", "1.2")),
                row("r2", "E2", "Observation of briefing", List.of("2.1"))), List.of(), List.of());
        return Portfolio.create(new Candidate("Alex Morgan", "0042"), new Centre("Northfield College", "12345"),
                "OCR Level 3 NVQ Certificate in Customer Service", List.of(b13, PortfolioUnit.empty(bundled("ocr-b14"))));
    }

    public static EvidenceRow row(String id, String reference, String title, List<String> criteria) {
        return new EvidenceRow(id, reference, title, List.of("O"), null, null, null, criteria);
    }

    /** One unit of {@code outcomes} x {@code perOutcome} criteria and {@code rows} rows, each covering one criterion. */
    public static Portfolio large(int rows, int outcomes, int perOutcome) {
        List<LearningOutcome> los = new ArrayList<>();
        for (int lo = 1; lo <= outcomes; lo++) {
            List<Criterion> criteria = new ArrayList<>();
            for (int c = 1; c <= perOutcome; c++) {
                criteria.add(new Criterion(lo + "." + c, "Criterion " + lo + "." + c + " of the generated unit"));
            }
            los.add(new LearningOutcome(lo, "Outcome " + lo, criteria, List.of()));
        }
        UnitSpec spec = new UnitSpec(1, "test-large", "OCR", "L1", "Generated large unit", null, null, null, Level.of(3), 5,
                30, null, List.of("A unit generated to measure the editor."), "The learner will",
                "The learner can", "Exemplification", los, List.of(), List.of(), null, null);
        List<EvidenceRow> evidence = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String criterion = (1 + i % outcomes) + "." + (1 + i % perOutcome);
            evidence.add(row("r" + i, "E" + i, "Evidence number " + i, List.of(criterion)));
        }
        return Portfolio.create(new Candidate("Sam Large", null), new Centre("Bench Centre", null),
                "Benchmark qualification", List.of(new PortfolioUnit(spec, evidence, List.of(), List.of())));
    }
}
