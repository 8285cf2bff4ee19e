package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Pages rendered at 40 dpi compared with committed pictures, for what text checks cannot see:
 * shading, rules, tick shapes, turned numbers, signature strokes. After an intended change of the
 * sheet's look, regenerate them and look at every one before committing:
 * {@code mvn -B -o -q test -Dtest=GoldenImageTest -Dgolden.update=true}.
 */
class GoldenImageTest {

    private static final float DPI = 40;
    /** Up to 0.2 % of a page may differ (font rasterising differs slightly between machines). */
    private static final double TOLERANCE = 0.002;

    @ParameterizedTest
    @CsvSource({"sample, 0", "wide, 0", "wide, 1"})
    void pageLooksAsBefore(String portfolio, int page) throws Exception {
        BufferedImage actual = SheetPreview.renderAll(PdfReading.export(portfolio(portfolio)), DPI).get(page);
        String name = portfolio + "-page" + (page + 1) + ".png";
        if (Boolean.getBoolean("golden.update")) {
            Path file = Path.of(System.getProperty("ers.repo"), "app/src/test/resources/golden", name);
            Files.createDirectories(file.getParent());
            ImageIO.write(actual, "png", file.toFile());
            return;
        }
        BufferedImage expected = golden(name);
        long differing = GoldenImages.differingPixels(expected, actual);
        long allowed = (long) (TOLERANCE * expected.getWidth() * expected.getHeight());
        if (differing > allowed) {
            Path seen = Path.of("target", "golden-actual", name);
            Files.createDirectories(seen.getParent());
            ImageIO.write(actual, "png", seen.toFile());
            assertTrue(false, name + ": " + differing + " pixels differ (allowed " + allowed + "); see " + seen);
        }
    }

    private static Portfolio portfolio(String name) {
        if (name.equals("sample")) {
            return Fixtures.sample();
        }
        return Fixtures.portfolio(new PortfolioUnit(Fixtures.unit("W60", 6, 10), List.of(
                Fixtures.row("E1", "Observation of the weekly team meeting", List.of("O"), "1.1", "2.10", "6.3"),
                Fixtures.row("E2", "Witness testimony", List.of("WT"), "4.10", "5.5")), List.of(), List.of()));
    }

    private static BufferedImage golden(String name) throws IOException {
        try (InputStream in = GoldenImageTest.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IOException("no golden image " + name + "; create it with -Dgolden.update=true");
            }
            return ImageIO.read(in);
        }
    }
}
