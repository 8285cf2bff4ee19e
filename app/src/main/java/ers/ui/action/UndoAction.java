package ers.ui.action;

import ers.portfolio.PortfolioUnit;
import java.util.List;

/**
 * Takes back the last edit, or says why a signature stops it; its words name the edit. A unit
 * that the undo brings back is shown, so the user sees what returned.
 */
public final class UndoAction extends Action {

    private final Workspace w;

    public UndoAction(Workspace w) {
        super("undo", "_Undo", "Shortcut+Z", "Undo the last change");
        this.w = w;
        textFollows(w.model().undoTextProperty());
        disableWhen(w.model().canUndoProperty().not());
    }

    @Override
    public void execute() {
        List<String> before = unitIds();
        w.model().undo().ifPresent(w.say());
        unitIds().stream().filter(id -> !before.contains(id)).findFirst().ifPresent(w.units()::select);
    }

    private List<String> unitIds() {
        return w.model().portfolio().units().stream().map(PortfolioUnit::spec).map(s -> s.id()).toList();
    }
}
