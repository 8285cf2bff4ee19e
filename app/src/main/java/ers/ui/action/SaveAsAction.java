package ers.ui.action;

/** Saves the portfolio to a file the user picks, which it then belongs to. */
public final class SaveAsAction extends Action {

    private final Workspace w;

    public SaveAsAction(Workspace w) {
        super("saveAs", "Save _As…", "Shortcut+Shift+S", "Save the portfolio to another file");
        this.w = w;
        disableWhen(w.sheet().noPortfolio());
    }

    @Override
    public void execute() {
        w.model().saveAs();
    }
}
