package ers.ui.action;

/** Changes the candidate, centre, qualification and people of the portfolio. */
public final class EditDetailsAction extends Action {

    private final Workspace w;

    public EditDetailsAction(Workspace w) {
        super("details", "Portfolio _details…", null, "Edit the candidate, centre and people");
        this.w = w;
        disableWhen(w.sheet().noPortfolio());
    }

    @Override
    public void execute() {
        w.model().dialogs().editDetails(w.model().portfolio()).ifPresent(w.model()::apply);
    }
}
