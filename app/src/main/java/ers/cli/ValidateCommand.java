package ers.cli;

import ers.home.AppHome;
import ers.json.InvalidFileException;
import ers.json.JsonDocument;
import ers.json.Printable;
import ers.json.Problem;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.SpecDrift;
import ers.portfolio.UkDates;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import ers.spec.UnitSpecReader;
import ers.text.Plural;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks unit specifications and portfolios, one line per problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks unit specification and portfolio files.",
                "Prints FILE:LINE:COLUMN: message (or FILE: at /field/path: message) for each problem.",
                "Exit status: 0 when every file is valid, 1 when any is not."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Unit specification or portfolio JSON files.")
    private List<Path> files;

    /** Read when the first portfolio needs it: checking unit files alone does not look at the user's folder. */
    private UnitCatalog catalog;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int invalid = 0;
        for (Path file : files) {
            try {
                String what = validate(file, out);
                out.println(Printable.name(file.toString()) + ": valid " + Printable.text(what));
            } catch (InvalidFileException e) {
                invalid++;
                e.problems().forEach(out::println);
            }
        }
        return invalid == 0 ? 0 : 1;
    }

    /**
     * Reads the file once and judges it by what it says it is, so that a broken file of either
     * kind is reported by its own rules.
     */
    private String validate(Path file, PrintWriter out) throws InvalidFileException {
        JsonDocument document = JsonDocument.read(file, PortfolioReader.MAX_BYTES);
        if (file.getFileName().toString().endsWith(".ers.json") || PortfolioReader.isPortfolio(document)) {
            Portfolio portfolio = PortfolioReader.fromDocument(document);
            portfolio.units().forEach(u -> warnIfExpired(file, u.spec(), out));
            // The editor tells of these on opening; a unit the portfolio expects may be among them.
            catalog().problems().forEach(p -> out.println(Problem.whole(file.toString(),
                    "note: a unit file in your units folder could not be read, so it is not offered: " + p)));
            SpecDrift.between(portfolio, catalog()).forEach(drift -> out.println(Problem.whole(file.toString(),
                    "note: " + drift.summary() + "; the portfolio keeps its own copy")));
            return "portfolio (" + Plural.of(portfolio.units().size(), "unit") + ")";
        }
        if (document.size() > UnitSpecReader.MAX_BYTES) {
            throw new InvalidFileException(JsonDocument.tooLarge(file.toString(), document.size(), UnitSpecReader.MAX_BYTES));
        }
        UnitSpec unit = UnitSpecReader.fromDocument(document, "");
        warnIfExpired(file, unit, out);
        return "unit specification " + unit.code() + " (" + Plural.criteria(unit.criteria().size()) + ")";
    }

    private UnitCatalog catalog() {
        if (catalog == null) {
            catalog = UnitCatalog.load(AppHome.fromEnvironment().units());
        }
        return catalog;
    }

    private static void warnIfExpired(Path file, UnitSpec unit, PrintWriter out) {
        unit.incompleteNotice().ifPresent(n -> out.println(Problem.whole(file.toString(),
                "warning: unit " + unit.code() + ": " + n)));
        if (unit.isExpiredOn(LocalDate.now())) {
            out.println(Problem.whole(file.toString(), "warning: unit " + unit.code() + " expired on "
                    + UkDates.format(unit.expiryDate()) + "; check the awarding body still accepts it"));
        }
    }
}
