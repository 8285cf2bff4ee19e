package ers.cli;

import ers.home.AppHome;
import ers.json.InvalidFileException;
import ers.json.Printable;
import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import ers.portfolio.UkDates;
import ers.portfolio.seal.Certificates;
import ers.portfolio.seal.KeyFileException;
import ers.portfolio.seal.SealVerifier;
import ers.portfolio.seal.SealedHistory;
import ers.portfolio.seal.TrustList;
import ers.portfolio.seal.Verdict;
import ers.text.Plural;
import ers.portfolio.seal.SigningDates;
import ers.portfolio.files.Outputs;
import ers.report.VerificationReport;
import ers.sheet.SheetException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks every signature of a portfolio against its sheets as they are now. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks every signature in a portfolio against its sheets as they are now.",
                "Prints one line per unit and role with its status (valid, VOID, MISSING or absent), signer and",
                "date, and for a void one what changed. MISSING: the history records a signature the file no",
                "longer holds. With --history, an entry no valid seal covers is marked \"not sealed\".",
                "Given a signed PDF, checks that its signature verifies, covers the whole file, and that",
                "nothing was added after it (it allows no changes: DocMDP P=1).",
                "Exit status: 0 when every signature present is valid, 3 when any is void, missing or fails its",
                "cryptographic check (or, with --trusted-only, is not key-signed by a trusted certificate),",
                "1 when the file cannot be read."})
final class VerifyCommand implements Callable<Integer> {

    static final int SIGNATURE_FAILED = 3;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The portfolio file (.ers.json), or a PDF exported with --sign-with.")
    private Path file;

    @Option(names = "--trust", paramLabel = "CERTIFICATE",
            description = "Also trust this certificate file (PEM or DER) for this run; may be repeated.")
    private List<Path> trust = new ArrayList<>();

    @Option(names = "--history", description = "Also print each unit's history of signing, reopening and voiding.")
    private boolean history;

    @Option(names = "--trusted-only",
            description = "Count a signature as failed unless it is key-signed by a trusted certificate.")
    private boolean trustedOnly;

    @Option(names = "--report", paramLabel = "FILE.pdf",
            description = "Also write a verification report (PDF/A): per unit its coverage, every signature's state, "
                    + "what changed since each, the history and the samples.")
    private Path report;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Portfolio portfolio;
        TrustList trustList;
        try {
            if (PdfVerification.isPdf(file)) {
                return PdfVerification.verify(file, trustList(), trustedOnly, out, err);
            }
            portfolio = PortfolioReader.read(file);
            trustList = trustList();
        } catch (InvalidFileException e) {
            e.problems().forEach(err::println);
            return 1;
        } catch (KeyFileException e) {
            err.println(Printable.text(e.getMessage()));
            return 1;
        }
        SealVerifier verifier = new SealVerifier(trustList);
        int valid = 0;
        int failed = 0;
        for (PortfolioUnit unit : portfolio.units()) {
            for (Verdict verdict : verifier.verifyAll(portfolio, unit)) {
                boolean fails = verdict.state() == SignatureState.VOID || verdict.state() == SignatureState.MISSING
                        || (trustedOnly && verdict.state() == SignatureState.VALID && !verdict.trustedAndValid());
                out.println(line(unit, verdict, fails) + datesNote(unit, verdict));
                valid += verdict.state() == SignatureState.VALID && !fails ? 1 : 0;
                failed += fails ? 1 : 0;
            }
            if (history) {
                SealedHistory sealed = SealedHistory.of(portfolio, unit, SignatureJudge.standard());
                for (int i = 0; i < unit.history().size(); i++) {
                    out.println(historyLine(unit, unit.history().get(i), sealed.detail(i, unit.history().get(i).detail())));
                }
            }
        }
        if (report != null && !writeReport(portfolio, trustList, err)) {
            return 1;
        }
        out.println(Printable.name(file.toString()) + ": " + valid + " valid, " + failed + " failed"
                + " signature" + (valid + failed == 1 ? "" : "s") + " in " + Plural.of(portfolio.units().size(), "unit"));
        return failed == 0 ? 0 : SIGNATURE_FAILED;
    }

    /** The report replaces {@code report} only once it is complete. */
    private boolean writeReport(Portfolio portfolio, TrustList trustList, PrintWriter err) {
        Optional<String> refused = Outputs.of(report, Outputs.Kind.PDF).notOver("the portfolio", file).refusal();
        if (refused.isPresent()) {
            err.println(report + ": the report was not written: it " + refused.get());
            return false;
        }
        try {
            new VerificationReport(portfolio, trustList).save(report);
            return true;
        } catch (SheetException e) {
            err.println(file + ": the report cannot be written: " + e.getMessage());
        } catch (IOException e) {
            err.println(report + ": the report was not written: " + e.getMessage());
        }
        return false;
    }

    private TrustList trustList() throws KeyFileException {
        List<X509Certificate> extra = new ArrayList<>();
        for (Path certificate : trust) {
            extra.add(Certificates.read(certificate));
        }
        return new TrustList(AppHome.fromEnvironment().trusted()).with(extra);
    }

    private String line(PortfolioUnit unit, Verdict verdict, boolean fails) {
        String status = fails && verdict.state() == SignatureState.VALID ? "UNTRUSTED" : verdict.stateWord();
        String signer = verdict.signature() == null ? "-" : verdict.signature().name();
        String date = verdict.signature() == null ? "-" : UkDates.format(verdict.signature().date());
        return Printable.text(String.format("%-6s %-24s %-9s %-24s %-10s %s", unit.spec().code(),
                verdict.role().label(), status, signer, date, verdict.remarks()).stripTrailing());
    }

    /** A signature dated far from its history entry is said on its line; it does not fail verification. */
    private static String datesNote(PortfolioUnit unit, Verdict verdict) {
        return verdict.signature() == null ? ""
                : SigningDates.disagreement(unit, verdict.signature()).map(d -> "; note: " + d).orElse("");
    }

    /** {@code detail} is the entry's, marked when no valid seal vouches for the entry. */
    private static String historyLine(PortfolioUnit unit, HistoryEntry entry, String detail) {
        return Printable.text(String.format("%-6s history  %s  %-8s %-24s %-24s %s", unit.spec().code(),
                WHEN.format(entry.at()), entry.action().key(), entry.role() == null ? "-" : entry.role().label(),
                entry.name() == null ? "-" : entry.name(), detail).stripTrailing());
    }
}
