package ers.portfolio.seal;

import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.Drawing;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Point;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.spec.Criterion;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.time.LocalDate;
import java.util.List;

/** A small portfolio of unit F17 whose three evidence rows cover every criterion. */
final class SheetFixtures {

    static final LocalDate SIGNED_ON = LocalDate.of(2026, 3, 14);

    private SheetFixtures() {
    }

    static UnitSpec f17() {
        return UnitCatalog.bundledOnly().findByCodeOrId("F17").orElseThrow();
    }

    static Portfolio portfolio() {
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
        return Portfolio.create(new Candidate("Aled Hughes", "0042"), new Centre("Northgate College", "12345"),
                "OCR Level 3 NVQ in Team Leading", List.of(unit));
    }

    static Signature drawn(Role role, String name) {
        Drawing drawing = new Drawing(300, 100, List.of(
                List.of(new Point(10, 50), new Point(40.5, 20.25), new Point(80, 70)),
                List.of(new Point(100, 60), new Point(150.125, 55))));
        return new Signature(role, name, SIGNED_ON, drawing, null, null, null);
    }

    static PortfolioUnit only(Portfolio portfolio) {
        return portfolio.units().get(0);
    }
}
