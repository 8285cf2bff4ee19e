package ers.ui.action;

/** Saves the portfolio to its file, asking for one the first time. */
public final class SaveAction extends Action {

    private final Workspace w;

    public SaveAction(Workspace w) {
        super("save", "_Save", "Shortcut+S", "Save the portfolio");
        this.w = w;
        disableWhen(w.sheet().noPortfolio());
    }

    @Override
    public void execute() {
        w.model().save();
    }
}
