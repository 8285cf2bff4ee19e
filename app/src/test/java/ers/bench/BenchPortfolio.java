package ers.bench;

import ers.portfolio.PortfolioWriter;
import java.nio.file.Path;

/**
 * Writes the export benchmark's portfolio (40 units x 50 rows) to the file named by the argument,
 * for benchmarks that time the installed command on a file.
 */
public final class BenchPortfolio {

    private BenchPortfolio() {
    }

    public static void main(String[] args) throws Exception {
        PortfolioWriter.save(ExportBenchmark.generated(), Path.of(args[0]));
    }
}
