package ers.ui.action;

/**
 * From the criterion's side: lists the evidence covering the criterion under the cursor
 * (Ctrl+Enter), as a click on its header does.
 */
public final class CriterionEvidenceAction extends Action {

    private final Workspace w;

    public CriterionEvidenceAction(Workspace w) {
        super("criterionEvidence", "Evidence for this _criterion\u2026", "Shortcut+ENTER",
                "List the evidence covering the criterion under the cursor (Ctrl+Enter)");
        this.w = w;
        disableWhen(w.sheet().noUnit());
    }

    @Override
    public void execute() {
        if (!w.grid().mapping().listEvidenceForCriterion()) {
            w.say().accept("Put the cursor in a criterion's column first: its evidence is listed from there.");
        }
    }
}
