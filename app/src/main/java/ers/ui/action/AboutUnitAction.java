package ers.ui.action;

import ers.ui.units.AboutUnitView;
import ers.ui.units.UnitWindow;

/** Shows the portfolio's copy of the unit: what is not known or incomplete, and its transcription notes. */
public final class AboutUnitAction extends Action {

    private final Workspace w;

    public AboutUnitAction(Workspace w) {
        super("aboutUnit", "About this _unit", null, "What the unit's specification says of itself");
        this.w = w;
        disableWhen(w.sheet().noUnit());
    }

    @Override
    public void execute() {
        w.model().portfolio().unit(w.unitId()).ifPresent(unit -> UnitWindow.open(w.stage(),
                "About unit " + unit.spec().code(), new AboutUnitView(unit.spec()), 640, 480));
    }
}
