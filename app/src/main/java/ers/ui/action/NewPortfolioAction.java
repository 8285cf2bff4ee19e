package ers.ui.action;

/** Starts a new portfolio, after settling unsaved work. */
public final class NewPortfolioAction extends Action {

    private final Workspace w;

    public NewPortfolioAction(Workspace w) {
        super("new", "_New…", "Shortcut+N", "Start a new portfolio");
        this.w = w;
    }

    @Override
    public void execute() {
        w.model().newPortfolio();
    }
}
