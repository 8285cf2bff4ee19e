package ers.ui.action;

import ers.portfolio.edit.DuplicateRow;

/** Copies the selected row below itself, with a new reference. */
public final class DuplicateRowAction extends Action {

    private final Workspace w;

    public DuplicateRowAction(Workspace w) {
        super("duplicateRow", "_Duplicate row", "Shortcut+D", "Duplicate the row (Ctrl+D)");
        this.w = w;
        disableWhen(w.sheet().noRowToChange());
    }

    @Override
    public void execute() {
        int index = w.grid().focusedIndex();
        w.model().apply(DuplicateRow.of(w.unitId(), w.sheet().selectedRow().id()));
        w.grid().focusRow(index + 1);
    }
}
