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
        w.model().apply(new DeleteRow(w.unitId(), row.id()));
        w.grid().focusRow(index);
        w.say().accept("Deleted " + row.reference() + ". Undo (Ctrl+Z) brings it back.");
    }
}
