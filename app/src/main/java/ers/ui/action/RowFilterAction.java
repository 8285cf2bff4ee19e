package ers.ui.action;

import javafx.beans.binding.Bindings;

/**
 * Shows only the rows covering the criterion under the cursor (Ctrl+Shift+L), or, while rows are
 * filtered, all rows again.
 */
public final class RowFilterAction extends Action {

    private final Workspace w;

    public RowFilterAction(Workspace w) {
        super("rowFilter", "Show only rows covering this criterion", "Shortcut+Shift+L",
                "Show only the rows covering the criterion under the cursor, or all rows again (Ctrl+Shift+L)");
        this.w = w;
        textFollows(Bindings.createStringBinding(() -> w.grid().mapping().rowFilterProperty().get() == null
                ? "Show only rows covering this criterion"
                : "Show all rows (now only those covering " + w.grid().mapping().rowFilterProperty().get().number() + ")",
                w.grid().mapping().rowFilterProperty()));
        disableWhen(w.sheet().noUnit());
    }

    @Override
    public void execute() {
        if (w.grid().mapping().rowFilterProperty().get() != null) {
            w.grid().mapping().showAllRows();
            w.say().accept("Showing all rows.");
        } else if (!w.grid().mapping().showOnlyRowsCoveringCriterion()) {
            w.say().accept("Put the cursor in a criterion's column first: the rows covering it are shown.");
        }
    }
}
