package ers.cli;

import ers.json.InvalidFileException;
import ers.portfolio.AtomicFiles;
import ers.portfolio.files.Outputs;
import ers.spec.UnitSpec;
import ers.spec.UnitSpecWriter;
import ers.spec.importing.ImportedUnit;
import ers.spec.importing.UnitImportException;
import ers.spec.importing.UnitImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Reads a unit specification PDF or text into a unit file, saying what it repaired and did not find. */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Reads a unit specification (PDF or text) into a unit file.",
        description = {"Reads a unit specification PDF, or text copied from one or from a register page,",
                "and writes it as a unit file. Prints every repair it made (also kept in the file as",
                "transcription notes) and every field it did not find, which is left unknown, never invented.",
                "Check the file before you use it: put it in your units folder to offer it.",
                "Exit status: 0 when written, 1 when the text cannot be read as a unit or the file is not written."})
final class UnitImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The specification: a .pdf, or a text file.")
    private Path file;

    @Option(names = "--out", required = true, paramLabel = "UNIT.json", description = "Where to write the unit file.")
    private Path out;

    @Option(names = "--code", paramLabel = "CODE",
            description = "The code the sheet prints after \"Unit\" (e.g. F17), where the text gives none or another.")
    private String code;

    @Option(names = "--id", paramLabel = "ID",
            description = "The unit's id (lower-case letters, digits, hyphens); by default the awarding body and code.")
    private String id;

    @Option(names = "--replace", description = "Replace UNIT.json if it exists.")
    private boolean replace;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportedUnit imported;
        try {
            imported = UnitImporter.importFile(file);
        } catch (UnitImportException e) {
            err.println(e.getMessage());
            return 1;
        }
        UnitSpec unit = withCodeAndId(imported.spec());
        if (unit.code() == null) {
            err.println(file + ": no unit code was found (a sector or awarding body unit number); give it with --code");
            return 1;
        }
        imported.notFound().stream().filter(f -> code == null || !f.equals("unit code"))
                .forEach(f -> stdout.println(file + ": not found: " + f));
        unit.transcriptionNotes().forEach(n -> stdout.println(file + ": repaired: " + n));
        if (Files.exists(out) && !replace) {
            err.println(out + ": already exists; give --replace to replace it");
            return 1;
        }
        Optional<String> refused = Outputs.of(out, Outputs.Kind.UNIT).notOver("the specification read", file).refusal();
        if (refused.isPresent()) {
            err.println(out + ": not written: it " + refused.get());
            return 1;
        }
        try {
            AtomicFiles.write(out, UnitSpecWriter.toBytes(unit, out.toString()));
        } catch (InvalidFileException e) {
            err.println(out + ": not written, because the unit read would not be a valid unit file:");
            e.problems().forEach(err::println);
            return 1;
        } catch (IOException e) {
            err.println(out + ": cannot be written (" + e.getMessage() + ")");
            return 1;
        }
        stdout.println(out + ": wrote unit " + UnitLines.summary(unit) + UnitLines.marks(unit).map(m -> " " + m).orElse(""));
        return 0;
    }

    private UnitSpec withCodeAndId(UnitSpec read) {
        String theCode = code != null ? code : read.code();
        String theId = id != null ? id : theCode == null ? null : UnitImporter.idFor(read.awardingBody(), theCode);
        return read.withIdentity(theId, theCode);
    }
}
