package ers.bench;

import ers.pdf.ExportProgress;
import ers.pdf.SheetExport;
import ers.pdf.SheetFonts;
import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.SignatureJudge;
import ers.sheet.Element;
import ers.sheet.Face;
import ers.sheet.SheetPage;
import ers.sheet.UnitSheet;
import ers.spec.Criterion;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Export speed against a bare PDFBox program that writes the same pages, strings (in the same
 * embedded fonts) and rules at fixed positions (no measuring, no wrapping, no PDF/A, no outline),
 * and the warm cost of the editor's Export of one typical unit. Run from the repository, with the
 * heap limited to show the export fits:
 * {@code MAVEN_OPTS=-Xmx256m mvn -B -o -q -pl app test-compile exec:java
 * -Dexec.mainClass=ers.bench.ExportBenchmark -Dexec.classpathScope=test}
 */
public final class ExportBenchmark {

    private static final int UNITS = 40;
    private static final int ROWS = 50;
    private static final int WARM_UP = 40;
    private static final int RUNS = 21;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Portfolio big = generated();
        List<UnitSheet> laidOut = SheetExport.layout(big, List.of(), SignatureJudge.standard());
        List<PageContent> bare = laidOut.stream().flatMap(s -> s.pages().stream()).map(PageContent::of).toList();
        int pages = bare.size();

        for (int i = 0; i < WARM_UP; i++) {
            exportAll(big);
            writeBare(bare);
        }
        resetPeaks();
        double[] ours = new double[RUNS];
        double[] baseline = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            ours[i] = time(() -> exportAll(big));
            baseline[i] = time(() -> writeBare(bare));
        }
        long peak = peakHeap();
        System.out.printf("generated portfolio: %d units x %d rows = %d pages (%d runs each, alternating)%n",
                UNITS, ROWS, pages, RUNS);
        report("median", median(ours), median(baseline), pages);
        // Other work on the machine only ever adds time, so the fastest runs show the cost itself.
        report("fastest", min(ours), min(baseline), pages);

        Portfolio sample = PortfolioReader.read(Path.of("samples", "complete-team-leading.ers.json"));
        Portfolio oneUnit = sample.withUnits(List.of(sample.units().get(0)));
        for (int i = 0; i < 30; i++) {
            exportAll(oneUnit);
        }
        double[] warm = new double[21];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = time(() -> exportAll(oneUnit));
        }
        System.out.printf("warm export of one unit (%s, %d rows): %.1f ms median (target < 500 ms)%n",
                oneUnit.units().get(0).spec().code(), oneUnit.units().get(0).evidence().size(), median(warm) * 1000);
        System.out.printf("peak heap during the big exports: %.0f MB (max heap %d MB; target < 256 MB)%n",
                peak / 1e6, Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static void report(String which, double ours, double bare, int pages) {
        System.out.printf("%-7s export (layout + draw + PDF/A + save): %6.3f s %5.0f pages/s | bare PDFBox, same pages"
                + " and strings: %6.3f s %5.0f pages/s | ratio %.2f (target <= 1.5)%n",
                which, ours, pages / ours, bare, pages / bare, ours / bare);
    }

    private static void exportAll(Portfolio portfolio) throws Exception {
        SheetExport.toPdf(portfolio, List.of(), new ByteArrayOutputStream(), ExportProgress.NONE);
    }

    /** What the bare program is given: each page's strings and how many straight lines it strokes. */
    private record PageContent(List<String> strings, int lines) {
        static PageContent of(SheetPage page) {
            List<String> strings = new ArrayList<>();
            int lines = 0;
            for (Element e : page.elements()) {
                if (e instanceof Element.Text t) {
                    strings.add(t.text());
                } else if (e instanceof Element.Rule) {
                    lines++;
                } else if (e instanceof Element.Tick) {
                    lines += 2;
                }
            }
            return new PageContent(strings, lines);
        }
    }

    private static void writeBare(List<PageContent> pages) throws Exception {
        try (PDDocument document = new PDDocument()) {
            Map<Face, PDType0Font> fonts = SheetFonts.embed(document);
            PDType0Font plain = fonts.get(Face.REGULAR);
            PDType0Font heavy = fonts.get(Face.BOLD);
            for (PageContent content : pages) {
                PDPage page = new PDPage(new PDRectangle(841.89f, 595.28f));
                document.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                    out.beginText();
                    int i = 0;
                    for (String s : content.strings()) {
                        out.setFont(i == 0 ? heavy : plain, 9);
                        out.setTextMatrix(Matrix.getTranslateInstance(40 + (i / 40) * 190, 560 - (i % 40) * 13));
                        out.showText(s);
                        i++;
                    }
                    out.endText();
                    out.setLineWidth(0.5f);
                    for (int l = 0; l < content.lines(); l++) {
                        float y = 30 + (l % 50) * 10;
                        out.moveTo(34, y);
                        out.lineTo(808, y);
                    }
                    out.stroke();
                }
            }
            document.save(new ByteArrayOutputStream());
        }
    }

    /** The four bundled units, ten times over under distinct ids, each with 50 varied rows. */
    static Portfolio generated() {
        List<UnitSpec> specs = UnitCatalog.bundledOnly().entries().stream().map(e -> e.spec()).toList();
        List<PortfolioUnit> units = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            UnitSpec s = specs.get(u % specs.size());
            UnitSpec spec = new UnitSpec(s.formatVersion(), s.id() + "-" + u, s.awardingBody(), s.code(), s.title(),
                    s.ocrUnitNumber(), s.sectorUnitNumber(), s.unitReferenceNumber(), s.level(), s.creditValue(),
                    s.guidedLearningHours(), s.expiryDate(), s.purpose(), s.outcomeStem(), s.criterionStem(),
                    s.thirdColumnHeading(), s.learningOutcomes(), s.sections(), s.transcriptionNotes(), s.unknown(), s.incomplete());
            List<String> criteria = spec.criteria().stream().map(Criterion::number).toList();
            List<EvidenceRow> rows = new ArrayList<>();
            for (int r = 1; r <= ROWS; r++) {
                String title = "Observation of the candidate leading the team's weekly review, with notes. "
                        .repeat(1 + r % 3);
                rows.add(new EvidenceRow("u" + u + "r" + r, "E" + r, title.strip(),
                        r % 4 == 0 ? List.of("O", "PD") : List.of("P"), null, null, null,
                        List.of(criteria.get(r % criteria.size()), criteria.get((r * 7) % criteria.size()))));
            }
            units.add(new PortfolioUnit(spec, rows, List.of(), List.of()));
        }
        return Portfolio.create(new Candidate("Priya Ramsden", "0042"),
                new Centre("Calder Valley Training Partnership", "12345"), "OCR Level 3 NVQ in Team Leading", units);
    }

    private interface Job {
        void run() throws Exception;
    }

    private static double time(Job job) throws Exception {
        long start = System.nanoTime();
        job.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of each heap pool's peak: an upper bound on the heap in use at any one moment. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
