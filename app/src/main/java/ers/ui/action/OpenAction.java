package ers.ui.action;

/** Opens a portfolio file the user picks, after settling unsaved work. */
public final class OpenAction extends Action {

    private final Workspace w;

    public OpenAction(Workspace w) {
        super("open", "_Open…", "Shortcut+O", "Open a portfolio");
        this.w = w;
    }

    @Override
    public void execute() {
        w.model().openChosen();
    }
}
