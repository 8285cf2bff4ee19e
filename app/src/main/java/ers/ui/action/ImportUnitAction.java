package ers.ui.action;

import ers.home.AppHome;
import ers.ui.units.UnitImportModel;
import ers.ui.units.UnitImportView;
import ers.ui.units.UnitWindow;

/** Reads a unit from its specification (pasted text or a file) for the user to check and save. */
public final class ImportUnitAction extends Action {

    private final Workspace w;

    public ImportUnitAction(Workspace w) {
        super("importUnit", "_Import unit\u2026", null, "Import a unit from its specification");
        this.w = w;
    }

    @Override
    public void execute() {
        UnitImportModel model = new UnitImportModel(AppHome.fromEnvironment().units(), w.model()::catalog);
        model.savedProperty().addListener((o, was, file) -> w.say().accept("Unit saved to " + file));
        UnitWindow.open(w.stage(), "Import unit", new UnitImportView(model), 1300, 700);
    }
}
