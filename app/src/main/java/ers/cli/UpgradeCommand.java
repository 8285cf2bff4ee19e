package ers.cli;

import ers.json.InvalidFileException;
import ers.portfolio.FirstFormatCopy;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Rewrites a portfolio in the current file format, keeping a format 1 original beside it. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = {"Rewrites a portfolio file in the current format (2), in place.",
                "A format 1 file is first kept beside it as NAME.v1.ers.json (once; an existing copy stays).",
                "Every signature keeps its state: the seals cover the sheets, not the file's layout.",
                "Exit status: 0 upgraded or already current, 1 unreadable or unwritable file."})
final class UpgradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PORTFOLIO", description = "The portfolio file (.ers.json).")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Portfolio portfolio;
        try {
            portfolio = PortfolioReader.read(file);
        } catch (InvalidFileException e) {
            e.problems().forEach(err::println);
            return 1;
        }
        if (portfolio.formatVersion() == Portfolio.FORMAT_VERSION) {
            out.println(file + ": already in format " + Portfolio.FORMAT_VERSION + "; nothing changed");
            return 0;
        }
        Path copy = FirstFormatCopy.of(file);
        boolean hadCopy = Files.exists(copy);
        try {
            PortfolioWriter.save(portfolio, file);
        } catch (IOException e) {
            err.println(file + ": not upgraded: " + e.getMessage());
            return 1;
        }
        out.println(file + ": upgraded from format " + portfolio.formatVersion() + " to " + Portfolio.FORMAT_VERSION
                + (hadCopy ? "; the format 1 copy already at " + copy + " was left as it was"
                : "; the format 1 file is kept as " + copy));
        return 0;
    }
}
