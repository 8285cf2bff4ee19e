package ers.sheet;

import ers.portfolio.Portfolio;
import ers.portfolio.Role;
import ers.portfolio.SamplingRecord;
import ers.portfolio.Signature;
import ers.portfolio.UkDates;
import ers.portfolio.progress.Gap;
import ers.portfolio.progress.PortfolioProgress;
import ers.portfolio.progress.UnitProgress;
import ers.sampling.Sampling;
import ers.text.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The unit achievement record centres put at the front of a portfolio: every unit with its
 * credits, coverage, when the assessor signed it off and whether the internal verifier sampled
 * it, the totals, and then the gap analysis (every uncovered criterion in full). Laid out in the
 * record sheets' style, on the same pages, fonts and footer.
 */
public final class AchievementRecord {

    public static final String TITLE = "Unit achievement record";
    private static final String CODE = "summary";

    private static final double[] GAP_WIDTHS = {50};
    private static final List<String> GAP_HEADS = List.of("Criterion", "What the learner must show");

    private final Typesetter type;

    public AchievementRecord(TextMeasure measure) {
        this.type = new Typesetter(measure);
    }

    public List<SheetPage> layout(PortfolioProgress progress) throws SheetException {
        Portfolio portfolio = progress.portfolio();
        PageFlow flow = new PageFlow(type);
        flow.runningHead(TITLE + " · " + portfolio.qualification(), "the heading of the record");
        flow.paragraph(portfolio.qualification(), Face.REGULAR, 11, "the qualification title");
        flow.advance(2);
        flow.paragraph(TITLE, Face.BOLD, 18, "the record's title");
        flow.advance(1);
        flow.paragraph(SheetData.candidateLine(portfolio), Face.REGULAR, 8, "the candidate's or centre's name or number");
        flow.paragraph(progress.people().isEmpty() ? "Assessor and verifiers not yet named"
                : String.join(" · ", progress.people()), Face.REGULAR, 8, "the names of the assessor and verifiers");
        flow.advance(8);
        new RuledTable(flow, "the achievement record").place(new double[] {44, 210, 34, 40, 70, 60, 110, 110},
                List.of("Unit", "Title", "Level", "Credits", "Criteria covered", "Signed off", "Assessor",
                        "IV sampled", "Status"),
                rows(progress), "the units");
        flow.advance(8);
        flow.paragraph("Credits signed off: " + progress.signedOffCredits() + " of "
                + Plural.of(progress.credits(), "credit") + " (" + progress.signedOffUnits() + " of "
                + Plural.of(progress.units().size(), "unit") + "). Criteria covered: " + progress.covered()
                + " of " + progress.criteria() + ".", Face.BOLD, 9, "the totals");
        gaps(flow, progress);
        return flow.finish(portfolio.candidate().name(), " · " + TITLE, CODE);
    }

    private static List<List<String>> rows(PortfolioProgress progress) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitProgress unit : progress.units()) {
            var level = unit.unit().spec().level();
            Integer credits = unit.credits();
            rows.add(List.of(unit.unit().spec().code(), unit.unit().spec().title(),
                    level == null ? "not known" : level.toString(), credits == null ? "not known" : credits.toString(),
                    unit.covered() + " of " + unit.criteriaCount(),
                    unit.signedOff() ? unit.assessorSigned().map(UkDates::format).orElse("") : "not yet",
                    unit.standing(Role.ASSESSOR).map(Signature::name).orElse(""),
                    sampled(unit), status(unit)));
        }
        return rows;
    }

    /** The internal verifier's signature where it stands, else their latest sampling record. */
    private static String sampled(UnitProgress unit) {
        Optional<Signature> signed = unit.standing(Role.INTERNAL_VERIFIER);
        if (signed.isPresent()) {
            return UkDates.format(signed.get().date()) + ", " + signed.get().name();
        }
        return Sampling.latest(unit.unit(), SamplingRecord.Sampler.INTERNAL_VERIFIER)
                .map(s -> UkDates.format(s.at()) + ", " + s.name() + ": "
                        + s.outcome().label().toLowerCase(Locale.ROOT))
                .orElse("not yet");
    }

    private static void gapsTitle(PageFlow flow, UnitProgress unit, int gaps) throws SheetException {
        flow.paragraph("Unit " + unit.unit().spec().code() + " " + unit.unit().spec().title() + ": "
                + Plural.criteria(gaps) + " uncovered", Face.BOLD, 8.5, "the title of unit " + unit.unit().spec().code());
        flow.advance(2);
    }

    private static String status(UnitProgress unit) {
        String status = unit.statusWords();
        return unit.expired() ? status + "; unit expired " + UkDates.format(unit.unit().spec().expiryDate()) : status;
    }

    private void gaps(PageFlow flow, PortfolioProgress progress) throws SheetException {
        flow.advance(14);
        flow.paragraph("Gap analysis: criteria not yet covered by any evidence", Face.BOLD, 10, "the gaps' heading");
        flow.advance(3);
        boolean any = false;
        for (UnitProgress unit : progress.units()) {
            List<Gap> gaps = unit.gaps();
            if (gaps.isEmpty()) {
                continue;
            }
            any = true;
            RuledTable table = new RuledTable(flow, "unit " + unit.unit().spec().code());
            List<List<String>> rows = gaps.stream().map(g -> List.of(g.criterion(), g.text())).toList();
            // A unit's title never stands alone at the foot of a page: it goes over with its table's first row.
            PageFlow.Mark mark = flow.mark();
            flow.advance(4);
            gapsTitle(flow, unit, gaps.size());
            if (table.openingHeight(GAP_WIDTHS, GAP_HEADS, rows.get(0), "the gaps") > flow.room()) {
                flow.rollback(mark);
                flow.newPage();
                gapsTitle(flow, unit, gaps.size());
            }
            table.place(GAP_WIDTHS, GAP_HEADS, rows, "the gaps");
        }
        if (!any) {
            flow.paragraph("Every criterion of every unit is covered.", Face.REGULAR, RuledTable.SIZE, "the gaps");
        }
    }
}
