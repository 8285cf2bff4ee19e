package ers.pdf;

import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.Drawing;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Point;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.PortfolioReader;
import ers.portfolio.seal.Sealing;
import ers.json.InvalidFileException;
import java.nio.file.Path;
import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import ers.spec.Level;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Portfolios built in code, so each test states the data it prints. */
public final class Fixtures {

    private Fixtures() {
    }

    public static UnitSpec f17() {
        return UnitCatalog.bundledOnly().findByCodeOrId("F17").orElseThrow();
    }

    public static Portfolio portfolio(PortfolioUnit... units) {
        return Portfolio.create(new Candidate("Rhian Llewellyn", "0042"), new Centre("Northgate Training", "61234"),
                "OCR Level 3 NVQ in Team Leading", List.of(units));
    }

    /** F17 as a candidate's sheet looks mid-way: varied rows, every criterion covered, two signatures. */
    public static Portfolio sample() {
        List<EvidenceRow> rows = List.of(
                row("E1", "Observation of a team briefing on the new complaints procedure", List.of("O"), "1.1", "1.2"),
                row("E2", "Professional discussion: how customer service standards are set and monitored in the branch",
                        List.of("PD"), "1.3", "2.1"),
                row("E3", "Customer feedback log, March to May, with the candidate’s actions noted",
                        List.of("P", "Q"), "2.2", "2.3", "3.1"),
                row("E4", "Witness testimony from the branch manager", List.of("WT"), "3.2", "3.3", "3.4", "1.1"),
                row("E5", "Reflective account of a difficult escalation", List.of("RA"), "2.3", "3.4"));
        Portfolio portfolio = portfolio(new PortfolioUnit(f17(), rows, List.of(), List.of()));
        portfolio = signed(portfolio, new Signature(Role.CANDIDATE, "Rhian Llewellyn", LocalDate.of(2026, 3, 2),
                signatureDrawing(), null, null, null));
        return signed(portfolio, new Signature(Role.ASSESSOR, "Gareth Price", LocalDate.of(2026, 3, 9),
                signatureDrawing(), null, null, null));
    }

    /** Adds a signature, sealed as the application seals it, to the portfolio's first unit. */
    static Portfolio signed(Portfolio portfolio, Signature signature) {
        PortfolioUnit unit = portfolio.units().get(0);
        List<Signature> signatures = new ArrayList<>(unit.signatures());
        signatures.add(Sealing.seal(portfolio, unit, signature, null));
        return portfolio.withUnits(List.of(new PortfolioUnit(unit.spec(), unit.evidence(), signatures, List.of())));
    }

    /** The sample portfolio the project ships, as a user opens it. */
    public static Portfolio shippedSample() throws InvalidFileException {
        return shipped("complete-team-leading.ers.json");
    }

    /** The shipped sample with every unit signed and sealed, and the history of that signing. */
    public static Portfolio signedSample() throws InvalidFileException {
        return shipped("signed-team-leading.ers.json");
    }

    private static Portfolio shipped(String name) throws InvalidFileException {
        return PortfolioReader.read(Path.of(System.getProperty("ers.repo", "."), "samples", name));
    }

    public static EvidenceRow row(String reference, String title, List<String> methods, String... criteria) {
        return new EvidenceRow("id-" + reference, reference, title, methods, null, null, null, List.of(criteria));
    }

    /** F17 with {@code n} rows, each covering one criterion in turn. */
    public static Portfolio withRows(int n) {
        List<String> criteria = f17().criteria().stream().map(Criterion::number).toList();
        List<EvidenceRow> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(row("E" + i, "Evidence item number " + i + " from the workplace", List.of("O"),
                    criteria.get(i % criteria.size())));
        }
        return portfolio(new PortfolioUnit(f17(), rows, List.of(), List.of()));
    }

    /** A made-up unit with {@code outcomes} outcomes of {@code perOutcome} criteria each. */
    public static UnitSpec unit(String code, int outcomes, int perOutcome) {
        List<LearningOutcome> los = new ArrayList<>();
        for (int lo = 1; lo <= outcomes; lo++) {
            List<Criterion> cs = new ArrayList<>();
            for (int c = 1; c <= perOutcome; c++) {
                cs.add(new Criterion(lo + "." + c, "Criterion " + lo + "." + c));
            }
            los.add(new LearningOutcome(lo, "Outcome " + lo, cs, List.of()));
        }
        UnitSpec f17 = f17();
        return new UnitSpec(f17.formatVersion(), "test-" + code.toLowerCase(), "OCR", code, "A unit with "
                + outcomes * perOutcome + " criteria", null, code, null, Level.of(3), 5, 20, null, List.of(),
                f17.outcomeStem(), f17.criterionStem(), f17.thirdColumnHeading(), los, List.of(), List.of(), null, null);
    }

    /** A few looping strokes on a 300 x 100 pad, the way a signature pad records them. */
    public static Drawing signatureDrawing() {
        List<Point> loop = new ArrayList<>();
        for (int i = 0; i <= 40; i++) {
            double t = i / 40.0;
            loop.add(new Point(20 + 240 * t, 60 - 30 * Math.sin(t * Math.PI * 5)));
        }
        return new Drawing(300, 100, List.of(loop, List.of(new Point(150, 20), new Point(170, 85))));
    }
}
