package ers.ui.action;

import ers.portfolio.EvidenceRow;
import ers.portfolio.edit.DeleteRow;
import ers.text.Plural;
import java.util.List;

/**
 * Deletes the selected rows, or the row under the cursor, in one edit and without asking: Undo
 * brings them back, and the status line says so.
 */
public final class DeleteRowAction extends Action {

    private final Workspace w;

    public DeleteRowAction(Workspace w) {
        super("deleteRow", "D_elete row", "Shortcut+DELETE", "Delete the selected rows (Ctrl+Delete); Undo brings them back");
        this.w = w;
        disableWhen(w.sheet().noRowToChange());
    }

    @Override
    public void execute() {
        List<EvidenceRow> rows = w.grid().selectedRows();
        if (rows.isEmpty()) {
            return;
        }
        int index = w.model().portfolio().unit(w.unitId()).orElseThrow().evidence().indexOf(rows.get(0));
        DeleteRow delete = new DeleteRow(w.unitId(), rows.stream().map(EvidenceRow::id).toList());
        String stays = delete.alsoChanged(w.model().portfolio());
        if (!w.model().apply(delete)) {
            return;
        }
        w.grid().focusRow(Math.max(0, index));
        String what = rows.size() == 1 ? rows.get(0).reference()
                : Plural.of(rows.size(), "row") + " (" + Plural.inList(rows.stream().map(EvidenceRow::reference).toList()) + ")";
        w.say().accept("Deleted " + what + (stays.isEmpty() ? "" : " from this sheet.") + stays
                + (stays.isEmpty() ? "." : "") + " Undo (Ctrl+Z) brings " + (rows.size() == 1 ? "it" : "them") + " back.");
    }
}
