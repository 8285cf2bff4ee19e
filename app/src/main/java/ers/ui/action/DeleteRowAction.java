package ers.ui.action;

import ers.portfolio.EvidenceRow;
import ers.portfolio.edit.DeleteRow;

/** Deletes the selected row without asking: Undo brings it back, and the status line says so. */
public final class DeleteRowAction extends Action {

    private final Workspace w;

    public DeleteRowAction(Workspace w) {
        super("deleteRow", "D_elete row", "Shortcut+DELETE", "Delete the row (Ctrl+Delete); Undo brings it back");
        this.w = w;
        disableWhen(w.sheet().noRowToChange());
    }

    @Override
    public void execute() {
        EvidenceRow row = w.sheet().selectedRow();
        int index = w.grid().focusedIndex();
        DeleteRow delete = new DeleteRow(w.unitId(), row.id());
        String stays = delete.alsoChanged(w.model().portfolio());
        w.model().apply(delete);
        w.grid().focusRow(index);
        w.say().accept("Deleted " + row.reference() + (stays.isEmpty() ? "" : " from this sheet.") + stays
                + (stays.isEmpty() ? "." : "") + " Undo (Ctrl+Z) brings it back.");
    }
}
