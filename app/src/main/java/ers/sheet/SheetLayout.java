package ers.sheet;

import ers.portfolio.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one unit's Evidence Record Sheet in OCR's order: titles, the candidate's declaration,
 * the evidence grid over as many pages (and criterion groups) as it needs, the assessor's block
 * kept together, the key of methods, and a numbered footer on every page. Pure: it decides where
 * everything goes and draws nothing.
 */
public final class SheetLayout {

    static final String CANDIDATE_DECLARATION = "I confirm that the evidence provided is a result of my own work.";
    static final String ASSESSOR_DECLARATION = "I confirm that the candidate has demonstrated competence by "
            + "satisfying all of the criteria for this unit.";
    private static final double SIG = 170;
    private static final String IV_LABEL = "IV initials (if sampled) and date:";

    private final Typesetter type;
    private final ColumnPlanner planner;

    public SheetLayout(TextMeasure measure) {
        this.type = new Typesetter(measure);
        this.planner = new ColumnPlanner(type);
    }

    /** @param history what the "Sheet history" pages after the sheet print, or null to print none */
    public UnitSheet layout(SheetData data, SheetHistory history) throws SheetException {
        PageFlow flow = new PageFlow(type);
        titleBlock(flow, data);
        double closingHeight = closingHeight(flow, data);
        double firstRoom = flow.room();
        List<GridPlan> plans = new ArrayList<>();
        for (List<CriterionGroup> groups : planner.options(data.outcomes(), GridBlock.criteriaRoom())) {
            plans.add(GridPlan.of(flow, groups, data, firstRoom, closingHeight));
        }
        GridPlan plan = GridPlan.best(plans);
        grid(flow, data, plan, plan.blankRows(firstRoom, flow.freshRoom(), closingHeight));
        closing(flow, data);
        int historyPage = -1;
        if (history != null) {
            historyPage = flow.pageCount();
            new HistoryPages(flow, data.unitCode()).place(data, history);
        }
        return new UnitSheet(data.unitCode(), data.unitTitle(), plan.groups().size(),
                flow.finish(data.candidateName(), " · Unit " + data.unitCode(), data.unitCode()), historyPage);
    }

    /**
     * Each group of criterion columns prints every row, on the pages {@link RowPaging} chose for
     * all of them, and the same {@code blankRows} under them on its last page, so that the last
     * pages lie side by side as the others do.
     */
    private void grid(PageFlow flow, SheetData data, GridPlan plan, int blankRows) throws SheetException {
        List<CriterionGroup> groups = plan.groups();
        List<RowPaging.Range> pages = plan.pages().pages();
        for (int g = 0; g < groups.size(); g++) {
            CriterionGroup group = groups.get(g);
            flow.runningHead("Evidence Record Sheet · " + data.unitTitle()
                    + (groups.size() > 1 ? " · criteria of " + range(group) : " (continued)"), "the heading of the sheet");
            GridBlock grid = new GridBlock(flow, group, plan.headerHeight());
            for (int p = 0; p < pages.size(); p++) {
                if (p > 0 || g > 0 || plan.pages().startsOnNewPage()) {
                    flow.newPage();
                }
                grid.header();
                RowPaging.Range range = pages.get(p);
                for (int r = range.from(); r < range.to(); r++) {
                    grid.row(plan.rows().get(r));
                }
                if (p == pages.size() - 1) {
                    grid.blankRows(blankRows);
                }
                grid.close();
            }
        }
    }

    private void titleBlock(PageFlow flow, SheetData data) throws SheetException {
        if (data.qualification() != null) {
            flow.paragraph(data.qualification(), Face.REGULAR, 11, "the qualification title");
            flow.advance(2);
        }
        flow.paragraph("Evidence Record Sheet", Face.BOLD, 18, "the sheet's title");
        flow.paragraph(data.unitTitle(), Face.BOLD, 12, "the title of unit " + data.unitCode());
        if (data.unitNotice() != null) {
            flow.paragraph(data.unitNotice(), Face.REGULAR, 9, "what is missing from unit " + data.unitCode());
        }
        flow.advance(1);
        flow.paragraph(data.candidateLine(), Face.REGULAR, 8, "the candidate's or centre's name or number");
        flow.advance(8);
        flow.paragraph(CANDIDATE_DECLARATION, Face.REGULAR, 9, "the candidate's declaration");
        SignatureLine candidate = data.signature(Role.CANDIDATE);
        new SignatureFields(flow).line(
                new SignatureFields.Field("Signature of candidate:",
                        Slot.signature(candidate, SIG, where("candidate's signature", data))),
                new SignatureFields.Field("Date:", Slot.date(candidate)));
        flow.advance(10);
    }

    /** The block's height does not depend on where it stands, so it is measured once, by laying it out and undoing that. */
    private double closingHeight(PageFlow flow, SheetData data) throws SheetException {
        PageFlow.Mark mark = flow.mark();
        closing(flow, data);
        double height = flow.y() - mark.y();
        flow.rollback(mark);
        return height;
    }

    private void closing(PageFlow flow, SheetData data) throws SheetException {
        flow.advance(12);
        flow.paragraph(ASSESSOR_DECLARATION, Face.REGULAR, 9, "the assessor's declaration");
        SignatureFields fields = new SignatureFields(flow);
        SignatureLine assessor = data.signature(Role.ASSESSOR);
        fields.line(
                new SignatureFields.Field("Signature of assessor:",
                        Slot.signature(assessor, SIG, where("assessor's signature", data))),
                new SignatureFields.Field("Name (in block capitals):",
                        Slot.name(assessor, SIG, where("assessor's name", data))),
                new SignatureFields.Field("Date:", Slot.date(assessor)));
        flow.advance(4);
        SignatureLine counter = data.signature(Role.COUNTERSIGNING_ASSESSOR);
        fields.line(new SignatureFields.Field("Countersignature of qualified assessor (if required) and date:",
                Slot.signature(counter, SIG, where("countersigning assessor's signature", data)).captioned("signature"),
                Slot.date(counter).captioned("date")));
        flow.advance(4);
        SignatureLine verifier = data.signature(Role.INTERNAL_VERIFIER);
        SignatureLine counterVerifier = data.signature(Role.COUNTERSIGNING_VERIFIER);
        fields.line(
                data.ivInitialsFromSample().map(sample -> sampled(sample, data)).orElseGet(() ->
                        new SignatureFields.Field(IV_LABEL,
                                Slot.signature(verifier, 80, where("internal verifier's initials", data)).captioned("initials"),
                                Slot.date(verifier).captioned("date"))),
                new SignatureFields.Field("Countersignature of qualified IV (if required) and date:",
                        Slot.signature(counterVerifier, 130, where("countersigning verifier's signature", data))
                                .captioned("signature"),
                        Slot.date(counterVerifier).captioned("date")));
        if (!data.methodKey().isEmpty()) {
            flow.advance(10);
            flow.lines(type.wrapEntries("Key to assessment methods:", data.methodKey().stream()
                    .map(m -> m.code() + " = " + m.name()).toList(), Face.REGULAR, 8, PageFlow.RIGHT - PageFlow.LEFT,
                    "the centre's key of assessment methods"), Face.REGULAR, 8);
        }
    }

    /**
     * The IV line filled from the internal verifier's sample: typed initials, never drawn as a
     * signature, and the outcome beside the date. The initials need less room than a signature,
     * which leaves the outcome room on the line.
     */
    private static SignatureFields.Field sampled(SampledInitials sample, SheetData data) {
        return new SignatureFields.Field(IV_LABEL,
                Slot.text(sample.initials(), 50, where("internal verifier's initials", data)).captioned("initials"),
                Slot.text(sample.date(), Slot.DATE_WIDTH, "a date").captioned("date"),
                Slot.text(sample.outcome(), Slot.DATE_WIDTH, where("outcome of the internal verifier's sample", data))
                        .captioned("outcome"));
    }

    private static String where(String what, SheetData data) {
        return "the " + what + " in unit " + data.unitCode();
    }

    private static String range(CriterionGroup group) {
        return group.firstLabel().equals(group.lastLabel()) ? group.firstLabel()
                : group.firstLabel() + "–" + group.lastLabel();
    }
}
