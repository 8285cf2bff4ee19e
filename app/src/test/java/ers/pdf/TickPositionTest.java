package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.pdf.PdfReading.Stroke;
import ers.pdf.PdfReading.Word;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Finds every tick mark among the drawn strokes of the exported PDF and checks that it sits,
 * centred, in the cell formed by the column of its criterion number and the row of its evidence
 * reference, both as printed.
 */
class TickPositionTest {

    @Test
    void everyMappingOfTheSampleIsTickedInItsCell() throws Exception {
        assertTicks(Fixtures.sample());
    }

    @Test
    void everyMappingOfTheShippedSampleIsTickedInItsCell() throws Exception {
        Portfolio sample = Fixtures.shippedSample();
        for (var unit : sample.units()) {
            assertTicks(sample.withUnits(List.of(unit)));
        }
    }

    @Test
    void ticksStayInTheirCellsOverSeveralPages() throws Exception {
        assertTicks(Fixtures.withRows(60));
    }

    static void assertTicks(Portfolio portfolio) throws Exception {
        List<EvidenceRow> rows = portfolio.units().get(0).evidence();
        int expected = rows.stream().mapToInt(r -> r.criteria().size()).sum();
        int found = 0;
        try (PDDocument pdf = PdfReading.load(PdfReading.export(portfolio))) {
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                List<Stroke> strokes = PdfReading.strokes(pdf.getPage(p));
                List<Point2D> ticks = ticks(strokes);
                TreeSet<Double> columns = edges(strokes, true);
                TreeSet<Double> rowEdges = edges(strokes, false);
                List<Word> words = PdfReading.words(pdf, p);
                List<Point2D> unclaimed = new ArrayList<>(ticks);
                for (EvidenceRow row : rows) {
                    Word reference = firstColumnWord(words, row.reference());
                    if (reference == null) {
                        continue;
                    }
                    double top = rowEdges.lower(reference.y());
                    double bottom = rowEdges.higher(reference.y());
                    for (String criterion : row.criteria()) {
                        Word number = headerWord(words, criterion);
                        if (number == null) {
                            continue; // on the pages of another criterion group
                        }
                        double left = columns.lower(number.centreX());
                        double right = columns.higher(number.centreX());
                        Point2D tick = unclaimed.stream()
                                .filter(t -> t.getX() > left && t.getX() < right && t.getY() > top && t.getY() < bottom)
                                .findFirst().orElseThrow(() -> new AssertionError("no tick for " + row.reference()
                                        + " / " + criterion));
                        assertEquals((left + right) / 2, tick.getX(), 0.5, "centred across " + criterion);
                        assertEquals((top + bottom) / 2, tick.getY(), 0.5, "centred on the row of " + row.reference());
                        unclaimed.remove(tick);
                        found++;
                    }
                }
                assertTrue(unclaimed.isEmpty(), "ticks that no mapping asks for on page " + (p + 1) + ": " + unclaimed);
            }
        }
        assertEquals(expected, found, "every mapping ticked once, each under a printed criterion number");
    }

    /** Tick marks are the strokes drawn with the tick's pen: three-point open paths. */
    private static List<Point2D> ticks(List<Stroke> strokes) {
        List<Point2D> centres = new ArrayList<>();
        strokes.stream().filter(s -> Math.abs(s.lineWidth() - PageDrawer.TICK_WIDTH) < 0.01)
                .flatMap(s -> s.subpaths().stream())
                .forEach(points -> {
                    assertEquals(3, points.size(), "a tick is drawn as two strokes of one pen movement");
                    double minX = points.stream().mapToDouble(Point2D::getX).min().orElseThrow();
                    double maxX = points.stream().mapToDouble(Point2D::getX).max().orElseThrow();
                    double minY = points.stream().mapToDouble(Point2D::getY).min().orElseThrow();
                    double maxY = points.stream().mapToDouble(Point2D::getY).max().orElseThrow();
                    centres.add(new Point2D.Double((minX + maxX) / 2, (minY + maxY) / 2));
                });
        return centres;
    }

    /** Positions of the thin rules running down the page ({@code vertical}) or across it. */
    private static TreeSet<Double> edges(List<Stroke> strokes, boolean vertical) {
        TreeSet<Double> edges = new TreeSet<>();
        strokes.stream().filter(s -> Math.abs(s.lineWidth() - PageDrawer.RULE_WIDTH) < 0.01)
                .flatMap(s -> s.subpaths().stream())
                .filter(points -> points.size() == 2)
                .forEach(points -> {
                    Point2D a = points.get(0);
                    Point2D b = points.get(1);
                    if (vertical && a.getX() == b.getX()) {
                        edges.add(a.getX());
                    } else if (!vertical && a.getY() == b.getY()) {
                        edges.add(a.getY());
                    }
                });
        return edges;
    }

    private static Word firstColumnWord(List<Word> words, String text) {
        return words.stream().filter(w -> w.text().equals(text) && w.x() < 100).findFirst().orElse(null);
    }

    private static Word headerWord(List<Word> words, String criterion) {
        return words.stream().filter(w -> w.text().equals(criterion)).findFirst().orElse(null);
    }
}
