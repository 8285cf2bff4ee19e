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
        report(w, w.model().save());
    }

    /** A save that failed has told the user why already; one that worked says where it went. */
    static void report(Workspace w, boolean saved) {
        if (saved) {
            w.say().accept("Saved " + w.model().fileProperty().get() + ".");
        }
    }
}
