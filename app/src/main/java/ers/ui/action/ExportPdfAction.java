package ers.ui.action;

/** Writes the record sheets to a PDF in the background. */
public final class ExportPdfAction extends Action {

    private final Workspace w;

    public ExportPdfAction(Workspace w) {
        super("export", "_Export PDF…", "Shortcut+E", "Export the record sheets as a PDF");
        this.w = w;
        disableWhen(w.sheet().noPortfolio());
    }

    @Override
    public void execute() {
        w.output().exportPdf(w.unitId());
    }
}
