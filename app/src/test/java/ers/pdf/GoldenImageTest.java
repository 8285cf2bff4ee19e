package ers.pdf;

import static org.junit.jupiter.api.Assertions.fail;

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
 * Pages rendered at 100 dpi compared with committed pictures, for what text checks cannot see:
 * shading, rules, tick shapes and places, turned numbers, blank rows, signature strokes. A tick
 * moved by one column, or missing, fails (see {@link GoldenImages}). After an intended change of
 * the sheet's look, regenerate them and look at every one before committing:
 * {@code mvn -B -o -q test -Dtest=GoldenImageTest -Dgolden.update=true}.
 */
class GoldenImageTest {

    private static final float DPI = 100;

    @ParameterizedTest
    @CsvSource({"sample, 0", "wide, 0", "wide, 1", "long, 0", "long, 1"})
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
        GoldenImages.Difference difference = GoldenImages.compare(expected, actual);
        if (difference.noticeable()) {
            Path seen = Path.of("target", "golden-actual", name);
            Files.createDirectories(seen.getParent());
            ImageIO.write(actual, "png", seen.toFile());
            fail(name + ": " + difference + "; see " + seen);
        }
    }

    private static Portfolio portfolio(String name) {
        if (name.equals("sample")) {
            return Fixtures.sample();
        }
        if (name.equals("long")) {
            // Thirteen rows: the closing block takes the last two to the second page, under blank rows.
            return Fixtures.withRows(13);
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
