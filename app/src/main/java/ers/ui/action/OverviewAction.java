package ers.ui.action;

/** Shows the portfolio at a glance: every unit's progress, sign-off and gaps. */
public final class OverviewAction extends Action {

    private final Workspace w;

    public OverviewAction(Workspace w) {
        super("overview", "_Overview", "Shortcut+Shift+O", "The portfolio at a glance: progress, sign-off and gaps");
        this.w = w;
        disableWhen(w.sheet().noPortfolio());
    }

    @Override
    public void execute() {
        w.pages().showOverview();
    }
}
