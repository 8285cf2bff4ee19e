package ers.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The units on offer: import one from its specification, list them, show one. */
@Command(name = "unit", mixinStandardHelpOptions = true,
        header = "Imports, lists and shows unit specifications.",
        description = {"Imports a unit from its specification (PDF or text), lists the units on offer",
                "(bundled and your units folder), or prints one readably."},
        subcommands = {UnitImportCommand.class, UnitListCommand.class, UnitShowCommand.class})
final class UnitCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: give import, list or show");
    }
}
