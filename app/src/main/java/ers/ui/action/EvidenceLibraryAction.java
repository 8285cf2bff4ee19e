package ers.ui.action;

import ers.ui.evidence.EvidenceLibraryWindow;

/** Lists every piece of evidence in the portfolio, and puts one on the open sheet. */
public final class EvidenceLibraryAction extends Action {

    private final Workspace w;
    private EvidenceLibraryWindow window;

    public EvidenceLibraryAction(Workspace w) {
        super("evidenceLibrary", "Add _existing evidence…", "Shortcut+Shift+E",
                "Every piece of the candidate's evidence, to find one and add it to this sheet");
        this.w = w;
        disableWhen(w.sheet().noPortfolio());
    }

    @Override
    public void execute() {
        if (window == null) {
            window = new EvidenceLibraryWindow(w.stage(), w.model(), w::unitId, w.say());
        }
        window.show();
    }
}
