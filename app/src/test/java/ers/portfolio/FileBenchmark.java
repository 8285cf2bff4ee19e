package ers.portfolio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ers.json.JsonConfig;
import ers.portfolio.files.PortfolioFile;
import ers.spec.CatalogEntry;
import ers.spec.Criterion;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints how long opening and saving a heavy portfolio takes: 30 units (copies of the bundled
 * four under their own ids), 3,000 evidence items each listed on two units' sheets (200 rows a
 * sheet), every row covering three criteria. Not a test; run
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -pl app
 * java -cp app/target/test-classes:app/target/classes:$(cat app/target/cp.txt) ers.portfolio.FileBenchmark
 * </pre>
 */
public final class FileBenchmark {

    private static final int UNITS = 30;
    private static final int ROWS = 100;
    private static final int RUNS = 21;
    /** The schema validator's code is compiled by the JIT only after many runs; measured before that, it is noise. */
    private static final int WARM_UP = 15;

    private FileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Portfolio portfolio = heavy();
        Path dir = Files.createTempDirectory("ers-bench");
        Path file = dir.resolve("heavy.ers.json");
        byte[] bytes = PortfolioWriter.toBytes(portfolio);
        System.out.printf("portfolio: %d units, %d evidence items each on two sheets (%d rows), %.1f MB%n", UNITS,
                portfolio.evidence().size(), 2 * UNITS * ROWS, bytes.length / 1048576.0);
        report("serialise (toBytes)", () -> PortfolioWriter.toBytes(portfolio));
        report("atomic write alone (write, force, rename)", () -> AtomicFiles.write(file, bytes));
        report("reopen check alone (parse the bytes)", () -> PortfolioReader.parse("heavy", bytes));
        report("save (check it reopens, then atomic write)", () -> PortfolioWriter.save(portfolio, file));
        report("open (read, schema, rules, bind)", () -> PortfolioReader.read(file));
        PortfolioFile opened = PortfolioFile.open(file).file();
        report("open as the editor does (+ SHA-256 of the file)", () -> PortfolioFile.open(file));
        report("check before a save (size, time, SHA-256)", opened::changedOnDisk);
        report("editor's save (save, then note size, time, SHA-256)", () -> opened.write(portfolio));
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    /** The heavy portfolio, also used to time sealing. */
    public static Portfolio heavy() throws Exception {
        List<CatalogEntry> bundled = UnitCatalog.bundledOnly().entries();
        List<PortfolioUnit> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            ObjectNode tree = JsonConfig.mapper().valueToTree(bundled.get(u % bundled.size()).spec());
            tree.put("id", "bench-" + u).put("code", "X" + u);
            UnitSpec spec = JsonConfig.mapper().treeToValue(tree, UnitSpec.class);
            List<String> criteria = spec.criteria().stream().map(Criterion::number).toList();
            List<EvidenceRow> rows = new ArrayList<>();
            // Each item is on two sheets: its own unit's and the next unit's, as cross-referenced evidence is.
            for (int owner : new int[] {u, (u + UNITS - 1) % UNITS}) {
                for (int r = 0; r < ROWS; r++) {
                    int k = r + (owner == u ? 0 : 3);
                    rows.add(new EvidenceRow("u" + owner + "r" + r, "E" + (owner * ROWS + r + 1),
                            "Witness testimony from the line manager on the weekly team briefing, number " + r,
                            List.of("WT", "O"), LocalDate.of(2026, 1, 1).plusDays(r), "Portfolio folder " + owner,
                            null, List.of(criteria.get(k % criteria.size()), criteria.get((k + 1) % criteria.size()),
                            criteria.get((k + 5) % criteria.size()))));
                }
            }
            units.add(new PortfolioUnit(spec, rows, List.of(), List.of()));
        }
        return Portfolio.create(new Candidate("Bench Mark", "0001"), new Centre("Bench Centre", "99999"),
                "OCR Level 3 NVQ in Team Leading", units);
    }

    private static void report(String what, Job job) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            job.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            job.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-52s median %7.1f ms   min %7.1f ms   max %7.1f ms   (%d runs after %d warm-up)%n",
                what, ms[RUNS / 2], ms[0], ms[RUNS - 1], RUNS, WARM_UP);
    }

    @FunctionalInterface
    private interface Job {
        void run() throws Exception;
    }
}
