package ers.ui.verify;

import ers.portfolio.Portfolio;
import ers.portfolio.files.Outputs;
import ers.portfolio.files.PortfolioFile;
import ers.portfolio.SamplingRecord;
import ers.portfolio.seal.TrustList;
import ers.report.VerificationReport;
import ers.sampling.Sampling;
import ers.sheet.SheetException;
import ers.ui.work.WaitingWork;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A portfolio open for verification: nothing in it changes except what a verifier adds (a
 * sample, the internal verifier's initials), and each addition is saved to the file at once,
 * whole or not at all, since there is no other work to save it with.
 */
public final class VerifierModel {

    private final PortfolioFile onDisk;
    private final Path file;
    private final TrustList trust;
    private final WaitingWork waiting;
    private final ReadOnlyObjectWrapper<Portfolio> portfolio = new ReadOnlyObjectWrapper<>(this, "portfolio");

    /** @param onDisk the file as it was when {@code opened} was read, so that a later change by another editor is seen */
    public VerifierModel(Portfolio opened, PortfolioFile onDisk, TrustList trust, WaitingWork waiting) {
        this.onDisk = onDisk;
        this.waiting = waiting;
        this.file = onDisk.path();
        this.trust = trust;
        portfolio.set(opened);
    }

    public ReadOnlyObjectProperty<Portfolio> portfolioProperty() {
        return portfolio.getReadOnlyProperty();
    }

    public Portfolio portfolio() {
        return portfolio.get();
    }

    public Path file() {
        return file;
    }

    public TrustList trust() {
        return trust;
    }

    /** Saves, reports and seals while the window waits without freezing. */
    public WaitingWork waiting() {
        return waiting;
    }

    /** Adds the sample and saves; the message says what happened, in either case. */
    public String recordSample(String unitId, SamplingRecord sample) {
        return save(Sampling.record(portfolio.get(), unitId, sample), "Sample recorded");
    }

    /** Keeps what the signing form made (the internal verifier's initials) and saves it. */
    public String signed(Portfolio changed) {
        return save(changed, "Initials added");
    }

    private String save(Portfolio changed, String what) {
        try {
            Optional<String> moved = waiting.run("Saving " + file.getFileName() + "…", () -> {
                Optional<String> elsewhere = onDisk.changedOnDisk();
                if (elsewhere.isEmpty()) {
                    onDisk.write(changed);
                }
                return elsewhere;
            });
            if (moved.isPresent()) {
                return what + " but NOT saved: " + file + " " + moved.get() + ", after it was opened here. Open it"
                        + " for verification again to see it as it is now, then add this again.";
            }
        } catch (IOException e) {
            return what + " but NOT saved: " + file + ": " + e.getMessage() + ". Nothing was changed.";
        }
        portfolio.set(changed);
        return what + " and saved to " + file + ".";
    }

    /** Writes the verification report of the portfolio as it is now; never over the portfolio, nor a file that is not a PDF. */
    public String exportReport(Path target) {
        Optional<String> refused = Outputs.of(target, Outputs.Kind.PDF).notOver("the portfolio being verified", file)
                .refusal();
        if (refused.isPresent()) {
            return "The report was not written to " + target + ": it " + refused.get() + ". Choose another name.";
        }
        Portfolio verified = portfolio.get();
        return waiting.run("Writing the verification report…", () -> {
            try {
                new VerificationReport(verified, trust).save(target);
                return "Verification report written to " + target + ".";
            } catch (SheetException e) {
                return "The report cannot be written: " + e.getMessage();
            } catch (IOException e) {
                return "The report was not written to " + target + ": " + e.getMessage();
            }
        });
    }
}
