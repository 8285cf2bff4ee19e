package ers.ui.action;

import ers.portfolio.EvidenceRow;
import ers.portfolio.edit.MoveRow;
import java.util.List;

/**
 * Moves the selected rows, or the row under the cursor, one place up or down the sheet in one
 * edit; they stay selected, so the move can be repeated.
 */
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
        return new MoveRowAction(w, -1, "moveUp", "Move row _up", "Alt+UP", "Move the selected rows up (Alt+Up)");
    }

    public static MoveRowAction down(Workspace w) {
        return new MoveRowAction(w, 1, "moveDown", "Move row do_wn", "Alt+DOWN", "Move the selected rows down (Alt+Down)");
    }

    @Override
    public void execute() {
        List<String> ids = w.grid().selectedRows().stream().map(EvidenceRow::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        MoveRow move = new MoveRow(w.unitId(), ids, offset);
        if (move.appliesTo(w.model().portfolio()) && w.model().apply(move)) {
            w.grid().selectRows(ids);
        }
    }
}
