package ers.ui.action;

import ers.portfolio.EvidenceRow;
import ers.portfolio.edit.DuplicateRow;

/** Copies the selected rows, or the row under the cursor, each below itself with a new reference, in one edit. */
public final class DuplicateRowAction extends Action {

    private final Workspace w;

    public DuplicateRowAction(Workspace w) {
        super("duplicateRow", "_Duplicate row", "Shortcut+D", "Duplicate the selected rows (Ctrl+D)");
        this.w = w;
        disableWhen(w.sheet().noRowToChange());
    }

    @Override
    public void execute() {
        var rows = w.grid().selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        DuplicateRow duplicate = DuplicateRow.of(w.unitId(), rows.stream().map(EvidenceRow::id).toList());
        if (w.model().apply(duplicate)) {
            w.grid().selectRows(duplicate.newIds());
        }
    }
}
