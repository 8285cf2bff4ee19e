package ers.portfolio.seal;

import ers.portfolio.FileBenchmark;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.edit.SetCriterion;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Prints how long verifying signatures takes (the editor and the PDF ask on every change and
 * export) and how long one tick costs on a heavy portfolio whose every sheet is signed. Not a
 * test; run
 * <pre>
 * mvn -B -q -DskipTests package
 * java -cp "app/target/test-classes:app/target/ers.jar:app/target/lib/*" ers.portfolio.seal.SealBenchmark
 * </pre>
 */
public final class SealBenchmark {

    private static final int ROUNDS = 200;

    private SealBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "samples/signed-team-leading.ers.json");
        Portfolio sample = PortfolioReader.read(file);
        int signatures = sample.units().stream().mapToInt(u -> u.signatures().size()).sum();
        double perSample = time(() -> verifyAll(sample));
        System.out.printf(Locale.ROOT, "verify %s: %d units, %d signatures (1 key-signed): %.2f ms per portfolio%n",
                file.getFileName(), sample.units().size(), signatures, perSample);

        Portfolio heavy = signEverySheet(FileBenchmark.heavy());
        String open = heavy.units().get(0).spec().id();
        heavy = SignedSheets.SIGNING.reopen(heavy, open, Role.ASSESSOR, "Bench", "timing an edit");
        PortfolioUnit first = heavy.unit(open).orElseThrow();
        String row = first.evidence().get(0).id();
        String criterion = first.evidence().get(0).criteria().get(0);
        Portfolio start = heavy;
        double perTick = time(() -> new LockedSheets(new SetCriterion(open, row, criterion, false), SignedSheets.SIGNING)
                .applyTo(start));
        double perVerify = time(() -> verifyAll(start));
        System.out.printf(Locale.ROOT, "heavy portfolio, %d units of 100 rows, each signed by candidate and assessor:%n"
                + "  one tick on a reopened sheet (lock check, voids recorded): %.2f ms%n"
                + "  verify every signature: %.2f ms%n", heavy.units().size(), perTick, perVerify);
    }

    private static Portfolio signEverySheet(Portfolio portfolio) throws SigningRefused {
        Portfolio p = portfolio;
        LocalDate day = LocalDate.of(2026, 3, 1);
        for (PortfolioUnit unit : portfolio.units()) {
            String id = unit.spec().id();
            p = SignedSheets.SIGNING.sign(p, id, SignedSheets.request(Role.CANDIDATE, "Bench Mark", day, null));
            p = SignedSheets.SIGNING.sign(p, id, new SignRequest(Role.ASSESSOR, "BENCH ASSESSOR", day,
                    SignedSheets.scribble(), null, "bench portfolio", null));
        }
        return p;
    }

    private interface Job {
        void run() throws Exception;
    }

    private static double time(Job job) throws Exception {
        for (int i = 0; i < ROUNDS / 4; i++) {
            job.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            job.run();
        }
        return (System.nanoTime() - start) / 1e6 / ROUNDS;
    }

    private static void verifyAll(Portfolio portfolio) {
        SealVerifier verifier = new SealVerifier(null);
        for (PortfolioUnit unit : portfolio.units()) {
            verifier.verifyAll(portfolio, unit);
        }
    }
}
