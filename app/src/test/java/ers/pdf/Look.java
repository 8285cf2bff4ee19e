package ers.pdf;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a sheet to a file, to look at it: {@code Look OUT.pdf [sample | ROWS | wide]}. */
public final class Look {
    public static void main(String[] args) throws Exception {
        String what = args.length > 1 ? args[1] : "sample";
        Portfolio portfolio = switch (what) {
            case "sample" -> Fixtures.sample();
            case "wide" -> Fixtures.portfolio(new PortfolioUnit(Fixtures.unit("W60", 6, 10),
                    Fixtures.withRows(12).units().get(0).evidence().stream()
                            .map(r -> Fixtures.row(r.reference(), r.title(), r.methods(), "1.1", "4.10", "6.3")).toList(),
                    List.of(), List.of()));
            default -> Fixtures.withRows(Integer.parseInt(what));
        };
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            SheetExport.toPdf(portfolio, List.of(), out, ExportProgress.NONE);
        }
    }
}
