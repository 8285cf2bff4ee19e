package ers.ui.action;

import ers.portfolio.files.Outputs;
import ers.report.VerificationReport;
import ers.sheet.SheetException;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes the verification report of the portfolio as it is open now (unsaved changes included);
 * never over the portfolio itself, nor over a file that is not a PDF.
 */
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
            Optional<String> refused = Outputs.of(target, Outputs.Kind.PDF)
                    .notOver("the portfolio open here", w.model().fileProperty().get()).refusal();
            if (refused.isPresent()) {
                w.model().dialogs().showError("Cannot export to " + target.getFileName(),
                        target + " " + refused.get() + ". Choose another name.");
                return;
            }
            try {
                new VerificationReport(w.model().portfolio(), w.trust()).save(target);
                w.say().accept("Verification report written to " + target + ".");
            } catch (SheetException | IOException e) {
                w.say().accept("The verification report was not written to " + target + ": " + e.getMessage());
            }
        });
    }
}
