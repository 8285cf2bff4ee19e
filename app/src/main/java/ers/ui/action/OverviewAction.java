package ers.ui.action;

import ers.ui.overview.OverviewWindow;

/** Shows the portfolio at a glance: every unit's progress, sign-off and gaps. */
public final class OverviewAction extends Action {

    private final Workspace w;
    private OverviewWindow window;

    public OverviewAction(Workspace w) {
        super("overview", "_Overview", "Shortcut+Shift+O", "The portfolio at a glance: progress, sign-off and gaps");
        this.w = w;
        disableWhen(w.sheet().noPortfolio());
    }

    @Override
    public void execute() {
        if (window == null) {
            window = new OverviewWindow(w.stage(), w.model().portfolioProperty(), w.units()::select);
        }
        window.show();
    }
}
