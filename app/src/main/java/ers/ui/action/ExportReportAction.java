package ers.ui.action;

import ers.report.VerificationReport;
import ers.sheet.SheetException;
import java.io.IOException;

/** Writes the verification report of the portfolio as it is open now (unsaved changes included). */
public final class ExportReportAction extends Action {

    private final Workspace w;

    public ExportReportAction(Workspace w) {
        super("exportReport", "Export verification _report…", null,
                "Write a PDF report of every unit's coverage, signatures, history and samples");
        this.w = w;
        disableWhen(w.sheet().noPortfolio());
    }

    @Override
    public void execute() {
        String suggested = w.model().documentName().replace(".ers.json", "") + "-verification.pdf";
        w.model().dialogs().chooseFileToSave("Export verification report", suggested, ".pdf").ifPresent(target -> {
            try {
                new VerificationReport(w.model().portfolio(), w.trust()).save(target);
                w.say().accept("Verification report written to " + target + ".");
            } catch (SheetException | IOException e) {
                w.say().accept("The verification report was not written to " + target + ": " + e.getMessage());
            }
        });
    }
}
