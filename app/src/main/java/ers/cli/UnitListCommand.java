package ers.cli;

import ers.home.AppHome;
import ers.spec.CatalogEntry;
import ers.spec.UnitCatalog;
import ers.text.Plural;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Every unit on offer, and every file in the units folder that could not be read. */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "Lists the units on offer: bundled ones and those in your units folder.",
        description = {"One line per unit: code, title, id, level, credit value, criteria, where it comes from,",
                "and whether it has expired or is incomplete; then each unit file that could not be read, with why.",
                "Exit status: 0."})
final class UnitListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AppHome home = AppHome.fromEnvironment();
        UnitCatalog catalog = UnitCatalog.load(home.units());
        for (CatalogEntry entry : catalog.entries()) {
            String from = entry.origin() == CatalogEntry.Origin.BUNDLED ? "bundled" : entry.location();
            out.println(UnitLines.summary(entry.spec()) + " from " + from
                    + UnitLines.marks(entry.spec()).map(m -> " " + m).orElse(""));
        }
        out.println(Plural.of(catalog.entries().size(), "unit") + " on offer; your units folder is " + home.units());
        catalog.problems().forEach(p -> out.println("unreadable: " + p));
        return 0;
    }
}
