package ers.portfolio.seal;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints how long verifying every signature of the signed sample takes, which the editor does on
 * each change and the PDF on each export. Run:
 * {@code mvn -B -q -DskipTests package && java -cp "app/target/test-classes:app/target/ers.jar:app/target/lib/*"
 * ers.portfolio.seal.SealBenchmark samples/signed-team-leading.ers.json}
 */
public final class SealBenchmark {

    private SealBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/signed-team-leading.ers.json");
        Portfolio portfolio = PortfolioReader.read(file);
        SealVerifier verifier = new SealVerifier(null);
        int signatures = portfolio.units().stream().mapToInt(u -> u.signatures().size()).sum();
        for (int warm = 0; warm < 200; warm++) {
            verifyAll(verifier, portfolio);
        }
        int rounds = 500;
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            verifyAll(verifier, portfolio);
        }
        double perPortfolio = (System.nanoTime() - start) / 1e6 / rounds;
        System.out.printf(Locale.ROOT, "verify %s: %d units, %d signatures (1 key-signed): %.2f ms per portfolio, %.3f ms per signature%n",
                file.getFileName(), portfolio.units().size(), signatures, perPortfolio, perPortfolio / signatures);
    }

    private static void verifyAll(SealVerifier verifier, Portfolio portfolio) {
        for (PortfolioUnit unit : portfolio.units()) {
            verifier.verifyAll(portfolio, unit);
        }
    }
}
