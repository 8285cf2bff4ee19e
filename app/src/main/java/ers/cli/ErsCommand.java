package ers.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: the application's jobs without a window, for scripts and verifiers. */
@Command(name = "ers",
        mixinStandardHelpOptions = true,
        version = "Evidence Record Sheet editor 0.1.0",
        description = {"Evidence Record Sheet editor for NVQ/QCF units.",
                "Without arguments, or with a portfolio file, it opens the editor window."},
        subcommands = {ValidateCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class})
public final class ErsCommand implements Runnable {

    /** Runs a verb; returns the process exit code (0 success, 1 bad input, 2 usage). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new ErsCommand());
        line.setOut(out);
        line.setErr(err);
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Missing command: give a verb, e.g. validate");
    }
}
