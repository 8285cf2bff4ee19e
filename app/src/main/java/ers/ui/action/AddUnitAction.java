package ers.ui.action;

import ers.portfolio.edit.AddUnit;
import java.util.stream.Collectors;

/** Adds the units the user picks from the catalogue and shows the last one added. */
public final class AddUnitAction extends Action {

    private final Workspace w;

    public AddUnitAction(Workspace w) {
        super("addUnit", "_Add unit…", null, "Add a unit to the portfolio");
        this.w = w;
        disableWhen(w.sheet().noPortfolio());
    }

    @Override
    public void execute() {
        var present = w.model().portfolio().units().stream().map(u -> u.spec().id()).collect(Collectors.toSet());
        for (var spec : w.model().dialogs().chooseUnits(w.model().catalog(), present)) {
            w.model().apply(new AddUnit(spec));
            w.units().select(spec.id());
        }
    }
}
