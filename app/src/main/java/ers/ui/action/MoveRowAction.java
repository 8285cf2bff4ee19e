package ers.ui.action;

import ers.portfolio.edit.MoveRow;

/** Moves the selected row one place up or down the sheet; the cursor goes with it. */
public final class MoveRowAction extends Action {

    private final Workspace w;
    private final int offset;

    private MoveRowAction(Workspace w, int offset, String id, String text, String key, String help) {
        super(id, text, key, help);
        this.w = w;
        this.offset = offset;
        disableWhen(w.sheet().noRowToChange());
    }

    public static MoveRowAction up(Workspace w) {
        return new MoveRowAction(w, -1, "moveUp", "Move row _up", "Alt+UP", "Move the row up (Alt+Up)");
    }

    public static MoveRowAction down(Workspace w) {
        return new MoveRowAction(w, 1, "moveDown", "Move row do_wn", "Alt+DOWN", "Move the row down (Alt+Down)");
    }

    @Override
    public void execute() {
        MoveRow move = new MoveRow(w.unitId(), w.sheet().selectedRow().id(), offset);
        if (move.appliesTo(w.model().portfolio())) {
            int index = w.grid().focusedIndex();
            w.model().apply(move);
            w.grid().focusRow(index + offset);
        }
    }
}
