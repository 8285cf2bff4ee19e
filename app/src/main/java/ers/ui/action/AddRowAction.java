package ers.ui.action;

import ers.portfolio.edit.AddRow;

/** Adds a blank evidence row at the end and puts the cursor in its title. */
public final class AddRowAction extends Action {

    private final Workspace w;

    public AddRowAction(Workspace w) {
        super("addRow", "_Add row", "Shortcut+Shift+A", "Add an evidence row (Ctrl+Shift+A)");
        this.w = w;
        disableWhen(w.sheet().noRowToAdd());
    }

    @Override
    public void execute() {
        AddRow add = AddRow.blankAtEnd(w.model().portfolio(), w.unitId());
        w.model().apply(add);
        w.grid().focusRow(add.index());
        w.details().titleField().requestFocus();
        w.say().accept("Added " + add.row().reference() + ": type its title, then tick the criteria it covers.");
    }
}
