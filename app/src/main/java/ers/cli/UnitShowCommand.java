package ers.cli;

import ers.home.AppHome;
import ers.portfolio.UkDates;
import ers.spec.CatalogEntry;
import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import ers.spec.SpecSection;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One unit, readably: header, outcomes and criteria, what follows the table, transcription notes. */
@Command(name = "show", mixinStandardHelpOptions = true,
        header = "Prints one unit readably, with its transcription notes.",
        description = {"Prints the unit offered under ID (or the code the sheet prints, e.g. F17): its header",
                "(an unknown value says \"not known\"), learning outcomes and criteria, the sections after them,",
                "what is incomplete and its transcription notes.",
                "Exit status: 0 shown, 1 no such unit."})
final class UnitShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "The unit's id (ocr-f17) or code (F17).")
    private String id;

    @Override
    public Integer call() {
        UnitCatalog catalog = UnitCatalog.load(AppHome.fromEnvironment().units());
        Optional<CatalogEntry> entry = catalog.entry(id).or(() -> catalog.findByCodeOrId(id).flatMap(s -> catalog.entry(s.id())));
        if (entry.isEmpty()) {
            spec.commandLine().getErr().println("no unit " + id + " is on offer; `ers unit list` lists them");
            return 1;
        }
        print(entry.get(), spec.commandLine().getOut());
        return 0;
    }

    private static void print(CatalogEntry entry, PrintWriter out) {
        UnitSpec u = entry.spec();
        out.println(u.sheetTitle());
        u.incompleteNotice().ifPresent(out::println);
        if (u.isExpiredOn(LocalDate.now())) {
            out.println("Expired on " + UkDates.format(u.expiryDate()) + ": check the awarding body still accepts it");
        }
        field(out, "id", u.id());
        field(out, "from", entry.origin() == CatalogEntry.Origin.BUNDLED ? "bundled with the application" : entry.location());
        field(out, "awarding body", u.awardingBody());
        field(out, "unit number", u.ocrUnitNumber());
        field(out, "sector unit number", u.sectorUnitNumber());
        field(out, "unit reference number", u.unitReferenceNumber());
        out.println("level: " + (u.level() != null ? u.level() : "not known"));
        out.println("credit value: " + (u.creditValue() != null ? u.creditValue() : "not known"));
        out.println("guided learning hours: " + (u.guidedLearningHours() != null ? u.guidedLearningHours()
                : u.unknown() != null && u.unknown().guidedLearningHours() != null ? "not known" : "none printed"));
        field(out, "expiry date", u.expiryDate() == null ? null : UkDates.format(u.expiryDate()));
        u.purpose().forEach(p -> out.println("purpose: " + p));
        for (LearningOutcome lo : u.learningOutcomes()) {
            out.println();
            out.println(lo.label() + " " + lo.title());
            for (Criterion c : lo.criteria()) {
                out.println("  " + c.number() + " " + c.text() + (c.textIncomplete() ? " [text incomplete]" : ""));
            }
        }
        for (SpecSection section : u.sections()) {
            out.println();
            out.println(section.heading());
            section.paragraphs().forEach(p -> out.println("  " + p));
        }
        out.println();
        out.println(u.transcriptionNotes().isEmpty() ? "Transcription notes: none" : "Transcription notes:");
        u.transcriptionNotes().forEach(n -> out.println("  - " + n));
    }

    private static void field(PrintWriter out, String name, String value) {
        if (value != null) {
            out.println(name + ": " + value);
        }
    }
}
