package ers.ui.action;

import ers.home.AppHome;
import ers.ui.units.UnitEditModel;
import ers.ui.units.UnitEditView;
import ers.ui.units.UnitWindow;

/** Opens the form of the unit shown, as it is offered (bundled ones read-only, with a copy to edit). */
public final class EditUnitAction extends Action {

    private final Workspace w;

    public EditUnitAction(Workspace w) {
        super("editUnit", "_Edit unit\u2026", null, "Edit the specification of the unit shown");
        this.w = w;
        disableWhen(w.sheet().noUnit());
    }

    @Override
    public void execute() {
        var entry = w.model().catalog().entry(w.unitId());
        if (entry.isEmpty()) {
            w.say().accept("This unit is not offered by the application or your units folder: only the portfolio's"
                    + " copy exists. Unit > About this unit shows it.");
            return;
        }
        UnitEditModel model = new UnitEditModel(entry.get(), AppHome.fromEnvironment().units(), w.model()::catalog);
        UnitWindow.open(w.stage(), "Edit unit " + entry.get().spec().code(), new UnitEditView(model), 820, 700);
    }
}
