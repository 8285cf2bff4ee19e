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
        subcommands = {ValidateCommand.class, VerifyCommand.class, ExportCommand.class, UpgradeCommand.class,
                CertificateCommand.class, UnitCommand.class,
                CommandLine.HelpCommand.class})
public final class ErsCommand implements Runnable {

    /** Runs a verb; returns the process exit code (0 success, 1 bad input, 2 usage). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new ErsCommand());
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler(ErsCommand::wrongCall);
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The problem, then the usage of the command that was called wrongly: a script's log says both. */
    private static int wrongCall(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(isUnknownVerb(e) ? "Unknown command: '" + args[0] + "'" : e.getMessage());
        command.usage(err);
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static boolean isUnknownVerb(CommandLine.ParameterException e) {
        return e instanceof CommandLine.UnmatchedArgumentException unmatched
                && e.getCommandLine().getCommandSpec().parent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "Missing command: give a verb, e.g. validate");
    }
}
