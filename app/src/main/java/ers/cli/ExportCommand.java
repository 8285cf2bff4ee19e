package ers.cli;

import ers.json.InvalidFileException;
import ers.json.Printable;
import ers.pdf.ExportProgress;
import ers.pdf.PdfSigner;
import ers.pdf.SheetExport;
import ers.pdf.SummaryExport;
import ers.pdf.UnitChoice;
import ers.portfolio.AtomicFiles;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.SignatureJudge;
import ers.portfolio.files.Outputs;
import ers.portfolio.progress.GapsCsv;
import ers.portfolio.progress.PortfolioProgress;
import ers.portfolio.seal.KeyFileException;
import ers.portfolio.seal.SigningKey;
import ers.sheet.SheetException;
import ers.sheet.SheetPage;
import ers.sheet.UnitSheet;
import ers.text.Plural;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a portfolio's record sheets to one archival PDF. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Writes the record sheets of a portfolio to one PDF/A-2b file.",
        description = {"Writes the Evidence Record Sheets of a portfolio to one PDF/A-2b file,",
                "one sheet per unit (or only the units given with --unit).",
                "An existing PDF is replaced only once the new one is complete; any other file,",
                "the portfolio itself included, is never written over.",
                "With --sign-with, the PDF is signed with that key (password from " + KeyPassword.VARIABLE + " or asked).",
                "With --summary, the PDF is the unit achievement record instead: each",
                "unit's credits, coverage, sign-off and sampling, the totals, and every",
                "uncovered criterion in full. With --gaps, the gap analysis is written",
                "as CSV, one line per unit and criterion; --out may then be left out.",
                "Exit status: 0 when written, 1 when the portfolio, a unit or the output cannot be used."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PORTFOLIO", description = "The portfolio file (.ers.json).")
    private Path file;

    @Option(names = "--out", paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    private Path out;

    @Option(names = "--summary", description = "Write the unit achievement record rather than the sheets.")
    private boolean summary;

    @Option(names = "--gaps", paramLabel = "FILE.csv",
            description = "Also write the gap analysis, every unit's criteria with their covering references, as CSV.")
    private Path gaps;

    @Option(names = "--unit", paramLabel = "CODE",
            description = "Only this unit, by the code the sheet prints (F17) or its id; may be repeated.")
    private List<String> units = new ArrayList<>();

    @Option(names = "--history",
            description = "After each unit's sheet, print its history of signing, reopening and voiding"
                    + " and each signature's state now.")
    private boolean history;

    @Option(names = "--sign-with", paramLabel = "KEY.p12",
            description = {"Sign the PDF with this PKCS#12 key file (PAdES-style detached CMS, SHA-256).",
                    "The password is read from " + KeyPassword.VARIABLE + ", or asked on the terminal."})
    private Path signWith;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (out == null && gaps == null) {
            throw new ParameterException(spec.commandLine(), "Missing option: give --out FILE.pdf, --gaps FILE.csv, or both");
        }
        Optional<String> refused = refusal(out, Outputs.Kind.PDF, gaps).or(() -> refusal(gaps, Outputs.Kind.CSV, out));
        if (refused.isPresent()) {
            err.println(refused.get());
            return 1;
        }
        Path writing = out;
        try {
            Portfolio portfolio = PortfolioReader.read(file);
            if (gaps != null) {
                writing = gaps;
                byte[] csv = GapsCsv.of(PortfolioProgress.of(portfolio, SignatureJudge.standard(), LocalDate.now()));
                AtomicFiles.write(gaps, csv);
                spec.commandLine().getOut().println(name(gaps) + ": gap analysis of "
                        + Plural.of(portfolio.units().size(), "unit"));
                writing = out;
            }
            if (out == null) {
                return 0;
            }
            if (summary) {
                List<SheetPage> pages = SummaryExport.layout(portfolio, SignatureJudge.standard(), LocalDate.now());
                AtomicFiles.write(out, stream -> SummaryExport.write(portfolio, pages, stream));
                spec.commandLine().getOut().println(name(out) + ": " + Files.size(out) + " bytes, unit achievement record, "
                        + Plural.of(pages.size(), "page"));
                return 0;
            }
            List<String> ids = UnitChoice.byCode(portfolio, units).unitIds();
            SigningKey key = signingKey();
            // Laid out before the file is opened, so a sheet that cannot be printed leaves no trace.
            List<UnitSheet> sheets = SheetExport.layout(portfolio, ids, SignatureJudge.standard(), history);
            AtomicFiles.write(out, stream -> {
                if (key == null) {
                    SheetExport.write(portfolio, sheets, stream, ExportProgress.NONE);
                } else {
                    ByteArrayOutputStream unsigned = new ByteArrayOutputStream();
                    SheetExport.write(portfolio, sheets, unsigned, ExportProgress.NONE);
                    new PdfSigner(Clock.systemUTC()).sign(unsigned.toByteArray(), key,
                            "Evidence Record Sheets of " + portfolio.candidate().name(), stream);
                }
            });
            spec.commandLine().getOut().println(name(out) + ": " + Files.size(out) + " bytes, record sheets for "
                    + (ids.isEmpty() ? Plural.of(portfolio.units().size(), "unit") : Printable.text(String.join(", ", units)))
                    + (key == null ? "" : ", signed as "
                    + Printable.text(key.certificate().getSubjectX500Principal().getName())));
            return 0;
        } catch (InvalidFileException e) {
            e.problems().forEach(err::println);
        } catch (KeyFileException e) {
            err.println(Printable.text(e.getMessage()));
        } catch (UnitChoice.UnknownUnit | SheetException e) {
            err.println(Printable.name(file.toString()) + ": " + Printable.text(e.getMessage()));
        } catch (NoSuchFileException e) {
            err.println(name(writing) + ": cannot write " + kind(writing) + ": the folder "
                    + Printable.name(parent(writing)) + " does not exist");
        } catch (AccessDeniedException e) {
            err.println(name(writing) + ": cannot write " + kind(writing) + ": permission denied");
        } catch (IOException e) {
            err.println(name(writing) + ": cannot write " + kind(writing) + ": " + Printable.text(e.getMessage()));
        }
        return 1;
    }

    /** Why {@code output} (null when not asked for) must not be written: it is an input, the other output, or another kind of file. */
    private Optional<String> refusal(Path output, Outputs.Kind kind, Path otherOutput) {
        return output == null ? Optional.empty() : Outputs.of(output, kind).notOver("the portfolio", file)
                .notOver("the key file", signWith).notOver("the other output", otherOutput).refusal()
                .map(why -> output + ": not written: it " + why);
    }

    /** The key to sign with, opened before anything is written; null when not signing. */
    private SigningKey signingKey() throws KeyFileException {
        if (signWith == null) {
            return null;
        }
        char[] password = KeyPassword.read("Password for " + signWith + ": ")
                .orElseThrow(() -> new KeyFileException(signWith + ": " + KeyPassword.missing()));
        try {
            return SigningKey.load(signWith, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static String name(Path path) {
        return Printable.name(String.valueOf(path));
    }

    private String kind(Path path) {
        return path.equals(gaps) ? "the CSV" : "the PDF";
    }

    private static String parent(Path path) {
        Path parent = path.toAbsolutePath().getParent();
        return parent == null ? "" : parent.toString();
    }
}
