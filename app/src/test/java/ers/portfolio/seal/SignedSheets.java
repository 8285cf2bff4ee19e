package ers.portfolio.seal;

import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.Drawing;
import ers.portfolio.EvidenceRow;
import ers.portfolio.People;
import ers.portfolio.Person;
import ers.portfolio.Point;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.spec.Criterion;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A portfolio of unit F17 whose three evidence rows cover every criterion, assessed by a trainee
 * assessor (so countersigned) and sampled by an internal verifier, and ways to sign it.
 */
public final class SignedSheets {

    public static final String UNIT = "ocr-f17";
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-21T10:00:00Z"), ZoneOffset.UTC);
    public static final SheetSigning SIGNING = new SheetSigning(CLOCK);

    private SignedSheets() {
    }

    public static UnitSpec f17() {
        return UnitCatalog.bundledOnly().findByCodeOrId("F17").orElseThrow();
    }

    public static Portfolio unsigned() {
        UnitSpec spec = f17();
        List<String> all = spec.criteria().stream().map(Criterion::number).toList();
        List<EvidenceRow> rows = List.of(
                new EvidenceRow("r1", "E1", "Observation of team briefing", List.of("O"), LocalDate.of(2026, 2, 3),
                        null, null, all.subList(0, 4)),
                new EvidenceRow("r2", "E2", "Customer complaints log", List.of("P", "PD"), null,
                        "Folder 2", null, all.subList(4, 8)),
                new EvidenceRow("r3", "E3", "Reflective account on service review", List.of("RA"), null,
                        null, "discussed 10/02", all.subList(8, all.size())));
        PortfolioUnit unit = new PortfolioUnit(spec, rows, List.of(), List.of());
        Portfolio portfolio = Portfolio.create(new Candidate("Aled Hughes", "0042"),
                new Centre("Northgate College", "12345"), "OCR Level 3 NVQ in Team Leading", List.of(unit));
        People people = new People(new Person("Jane Smith", false), new Person("Omar Patel", true),
                new Person("Rhian Evans", true), null);
        return new Portfolio(portfolio.format(), portfolio.formatVersion(), portfolio.candidate(), portfolio.centre(),
                portfolio.qualification(), people, portfolio.methods(), portfolio.units());
    }

    public static Drawing scribble() {
        return new Drawing(300, 100, List.of(
                List.of(new Point(10, 50), new Point(40.5, 20.25), new Point(80, 70)),
                List.of(new Point(100, 60), new Point(150.125, 55))));
    }

    public static SignRequest request(Role role, String name, LocalDate date, SigningKey key) {
        return new SignRequest(role, name, date, scribble(), null, null, key);
    }

    /** Signed by candidate, assessor, countersigning assessor and internal verifier, each on its own day. */
    public static Portfolio signedByAll(SigningKey assessorKey) throws SigningRefused {
        Portfolio p = unsigned();
        p = SIGNING.sign(p, UNIT, request(Role.CANDIDATE, "Aled Hughes", LocalDate.of(2026, 3, 10), null));
        p = SIGNING.sign(p, UNIT, request(Role.ASSESSOR, "JANE SMITH", LocalDate.of(2026, 3, 14), assessorKey));
        p = SIGNING.sign(p, UNIT, request(Role.COUNTERSIGNING_ASSESSOR, "OMAR PATEL", LocalDate.of(2026, 3, 15), null));
        return SIGNING.sign(p, UNIT, new SignRequest(Role.INTERNAL_VERIFIER, "Rhian Evans", LocalDate.of(2026, 3, 20),
                null, "RE", null, null));
    }

    /** The portfolio with the signature of {@code role} taken out of the file, its history left as it was. */
    public static Portfolio withoutSignature(Portfolio portfolio, Role role) {
        PortfolioUnit unit = only(portfolio);
        List<Signature> kept = unit.signatures().stream().filter(s -> s.role() != role).toList();
        return portfolio.withUnits(List.of(unit.withSignatures(kept, unit.history())));
    }

    public static PortfolioUnit only(Portfolio portfolio) {
        return portfolio.units().get(0);
    }
}
