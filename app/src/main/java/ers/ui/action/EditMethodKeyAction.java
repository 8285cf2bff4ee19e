package ers.ui.action;

import ers.portfolio.edit.SetMethodKey;

/** Changes the centre's key of assessment methods. */
public final class EditMethodKeyAction extends Action {

    private final Workspace w;

    public EditMethodKeyAction(Workspace w) {
        super("methodKey", "Assessment _method key…", null, "Edit the centre's assessment methods");
        this.w = w;
        disableWhen(w.sheet().noPortfolio());
    }

    @Override
    public void execute() {
        w.model().dialogs().editMethodKey(w.model().portfolio().methods())
                .ifPresent(key -> w.model().apply(new SetMethodKey(key)));
    }
}
