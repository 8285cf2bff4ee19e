package ers.ui.action;

import ers.portfolio.PortfolioUnit;
import ers.portfolio.edit.RemoveUnit;
import ers.text.Plural;

/** Removes the selected unit, asking first when it has evidence; Undo brings it back. */
public final class RemoveUnitAction extends Action {

    private final Workspace w;

    public RemoveUnitAction(Workspace w) {
        super("removeUnit", "_Remove unit", null, "Remove the selected unit");
        this.w = w;
        disableWhen(w.sheet().noUnit());
    }

    @Override
    public void execute() {
        PortfolioUnit unit = w.model().portfolio().unit(w.unitId()).orElseThrow();
        if (unit.evidence().isEmpty() || w.model().dialogs().confirm("Remove unit " + unit.spec().code(),
                question(unit))) {
            if (w.model().apply(new RemoveUnit(unit.spec().id()))) {
                w.say().accept("Removed unit " + unit.spec().code() + (unit.evidence().isEmpty()
                        ? " (it had no evidence rows)" : " and its " + Plural.of(unit.evidence().size(), "evidence row"))
                        + ". Undo (Ctrl+Z) brings it back.");
            }
        }
    }

    static String question(PortfolioUnit unit) {
        return "Remove unit " + unit.spec().code() + " and its " + Plural.of(unit.evidence().size(), "evidence row")
                + " from the portfolio? Undo (Ctrl+Z) brings them back.";
    }
}
