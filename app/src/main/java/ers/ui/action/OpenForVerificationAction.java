package ers.ui.action;

import ers.ui.verify.VerifierWindow;

/** Opens a portfolio read-only in the verifier's window, beside the work open here. */
public final class OpenForVerificationAction extends Action {

    private final Workspace w;

    public OpenForVerificationAction(Workspace w) {
        super("openForVerification", "Open for _verification…", null, "Open a portfolio to verify its signatures");
        this.w = w;
    }

    @Override
    public void execute() {
        w.model().dialogs().chooseFileToOpen().ifPresent(file -> VerifierWindow.open(w.stage(), file, w.trust(),
                w.model().waiting()));
    }
}
