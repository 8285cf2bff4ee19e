package ers.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The "Sheet history" pages that follow a unit's record sheet when asked for: the history of
 * signing, reopening and voiding as a ruled table, then each signature line's state now. Rows
 * are never split; a table that runs on repeats its header row on the next page.
 */
final class HistoryPages {

    static final String TITLE = "Sheet history";

    private final PageFlow flow;
    private final RuledTable table;

    HistoryPages(PageFlow flow, String unitCode) {
        this.flow = flow;
        this.table = new RuledTable(flow, "unit " + unitCode);
    }

    void place(SheetData data, SheetHistory history) throws SheetException {
        flow.runningHead(TITLE + " · " + data.unitTitle()
                + (data.qualification() == null ? "" : " · " + data.qualification()), "the heading of the history");
        flow.newPage();
        flow.paragraph(data.candidateLine(), Face.REGULAR, 8, "the candidate's or centre's name or number");
        flow.advance(8);
        flow.paragraph("Signing, reopening and voiding, in the order they happened (UK time)", Face.BOLD, 10,
                "the history's heading");
        flow.advance(3);
        List<List<String>> events = new ArrayList<>();
        history.events().forEach(e -> events.add(List.of(e.when(), e.action(), e.role(), e.name(), e.detail())));
        if (events.isEmpty()) {
            flow.paragraph("Nothing has been signed, reopened or voided.", Face.REGULAR, RuledTable.SIZE, "the history");
        } else {
            table.place(new double[] {82, 52, 110, 120}, List.of("Date and time", "Action", "Role", "Name", "Detail"),
                    events, "the history");
        }
        flow.advance(12);
        flow.paragraph("Signatures now", Face.BOLD, 10, "the history's heading");
        flow.advance(3);
        List<List<String>> checks = new ArrayList<>();
        history.checks().forEach(c -> checks.add(List.of(c.role(), c.state(), c.name(), c.date(), c.remarks())));
        table.place(new double[] {110, 44, 120, 56}, List.of("Role", "State", "Name", "Date", "Remarks"), checks,
                "the signatures' states");
    }
}
