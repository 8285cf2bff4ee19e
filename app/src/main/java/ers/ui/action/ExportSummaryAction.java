package ers.ui.action;

/** Writes the unit achievement record, with its gap analysis, to a PDF. */
public final class ExportSummaryAction extends Action {

    private final Workspace w;

    public ExportSummaryAction(Workspace w) {
        super("exportSummary", "Export _summary…", null, "Export the unit achievement record and gap analysis as a PDF");
        this.w = w;
        disableWhen(w.sheet().noPortfolio());
    }

    @Override
    public void execute() {
        w.output().exportSummary();
    }
}
