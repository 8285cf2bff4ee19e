package ers.report;

import ers.pdf.ArchivalDocument;
import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.UkDates;
import ers.portfolio.seal.SealVerifier;
import ers.portfolio.seal.SignOff;
import ers.portfolio.seal.SigningDates;
import ers.portfolio.seal.TrustList;
import ers.portfolio.seal.Verdict;
import ers.portfolio.SamplingRecord;
import ers.sampling.Sampling;
import ers.sheet.Face;
import ers.sheet.SheetException;
import ers.sheet.SheetPage;
import ers.sheet.Typesetter;
import ers.portfolio.AtomicFiles;
import ers.text.Plural;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an external verifier files about a portfolio: for each unit its coverage, every
 * signature's state and signer with what changed since it was given, the history and the
 * samples taken, as one PDF/A document. Signature states come from the seal check that every
 * other view asks ({@link SealVerifier}, the standard judge's own verdicts).
 */
public final class VerificationReport {

    private static final double BODY = 9;
    private static final double INDENT = 14;

    private final Portfolio portfolio;
    private final SealVerifier verifier;
    public VerificationReport(Portfolio portfolio, TrustList trust) {
        this.portfolio = portfolio;
        this.verifier = new SealVerifier(trust);
    }

    /** Writes the report to {@code target}, replacing it only once the report is complete. */
    public void save(Path target) throws IOException, SheetException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(pdf);
        AtomicFiles.write(target, pdf.toByteArray());
    }

    public void write(OutputStream out) throws IOException, SheetException {
        Map<String, Integer> bookmarks = new LinkedHashMap<>();
        List<SheetPage> pages = layout(bookmarks);
        ArchivalDocument.write(pages, bookmarks, "Verification report: " + portfolio.candidate().name(),
                portfolio.centre().name(), portfolio.qualification(), out);
    }

    /** The pages; {@code bookmarks} receives each unit's first page. */
    List<SheetPage> layout(Map<String, Integer> bookmarks) throws SheetException {
        String who = portfolio.candidate().name() + " \u00b7 " + portfolio.qualification();
        ReportFlow flow = new ReportFlow(new Typesetter(ArchivalDocument.metrics()), "Verification report \u00b7 " + who);
        flow.heading("Verification report", 14, "the title");
        flow.paragraph("Candidate: " + portfolio.candidate().name() + number(portfolio.candidate().number())
                + "    Centre: " + portfolio.centre().name() + number(portfolio.centre().number()), Face.REGULAR, BODY, 0,
                "the candidate's or centre's name");
        flow.paragraph("Qualification: " + portfolio.qualification(), Face.REGULAR, BODY, 0, "the qualification");
        flow.paragraph("Each signature is checked against its sheet as the file holds it now; times are UK time.",
                Face.REGULAR, BODY, 0, "the report");
        for (PortfolioUnit unit : portfolio.units()) {
            if (!bookmarks.isEmpty()) {
                flow.newPage();
            }
            bookmarks.put("Unit " + unit.spec().code(), flow.pageIndex());
            unit(flow, unit);
        }
        return flow.finish(who);
    }

    private void unit(ReportFlow flow, PortfolioUnit unit) throws SheetException {
        String where = "unit " + unit.spec().code();
        flow.heading(unit.spec().sheetTitle(), 12, where);
        int total = unit.spec().criteria().size();
        List<String> uncovered = unit.uncovered();
        flow.paragraph("Coverage: " + (total - uncovered.size()) + " of " + Plural.criteria(total) + " covered by "
                + unit.evidence().size() + (unit.evidence().size() == 1 ? " piece" : " pieces") + " of evidence" + (uncovered.isEmpty() ? "" : "; not covered: "
                + String.join(", ", uncovered)) + ". " + SignOff.of(portfolio, unit).summary() + ".",
                Face.REGULAR, BODY, 0, where);

        flow.heading("Signatures", 10, where);
        for (Verdict verdict : verifier.verifyAll(portfolio, unit)) {
            StringBuilder line = new StringBuilder(verdict.role().label()).append(": ").append(verdict.stateWord());
            if (verdict.signature() != null) {
                line.append(", ").append(verdict.signature().name()).append(", ")
                        .append(UkDates.format(verdict.signature().date()));
                String remarks = verdict.remarks();
                if (!remarks.isEmpty()) {
                    line.append(" \u2014 ").append(remarks);
                }
                SigningDates.disagreement(unit, verdict.signature()).ifPresent(d -> line.append("; note: ").append(d));
            } else if (!SignOff.isNeeded(portfolio, verdict.role())) {
                line.append(" (not needed)");
            }
            flow.paragraph(line.toString(), Face.REGULAR, BODY, INDENT, where);
        }

        flow.heading("History", 10, where);
        if (unit.history().isEmpty()) {
            flow.paragraph("Nothing has been signed, reopened, voided or sampled.", Face.REGULAR, BODY, INDENT, where);
        }
        for (HistoryEntry entry : unit.history()) {
            flow.paragraph(UkDates.formatDateTime(entry.at()) + "  " + entry.action().key() + "  "
                    + (entry.role() == null ? "" : entry.role().label()) + "  " + (entry.name() == null ? "" : entry.name())
                    + (entry.detail() == null ? "" : " \u2014 " + entry.detail()), Face.REGULAR, BODY, INDENT, where);
        }

        flow.heading("Sampling", 10, where);
        if (unit.sampling().isEmpty()) {
            flow.paragraph("No samples recorded.", Face.REGULAR, BODY, INDENT, where);
        }
        for (SamplingRecord sample : unit.sampling()) {
            flow.paragraph(Sampling.summary(unit, sample), Face.REGULAR, BODY, INDENT, where);
        }
    }

    private static String number(String number) {
        return number == null ? "" : " (" + number + ")";
    }
}
