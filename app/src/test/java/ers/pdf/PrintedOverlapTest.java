package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.pdf.PdfReading.Word;
import ers.portfolio.Portfolio;
import ers.sheet.SheetPage;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Nothing overprints anything, read back from the PDF itself: every word's box (from its glyphs'
 * positions, the font's ascender to its descender) against every other word's on the page, and
 * inside the 12 mm margins. The layout's own boxes are checked in {@link TypesettingRulesTest}.
 */
class PrintedOverlapTest {

    @Test
    void theSamplesPrintNoWordOverAnother() throws Exception {
        assertClear(Fixtures.sample());
        assertClear(Fixtures.shippedSample());
        assertClear(Fixtures.signedSample());
    }

    @Test
    void generatedExtremesPrintNoWordOverAnother() throws Exception {
        assertClear(TypesettingRulesTest.generated(60, 45, false));
        assertClear(TypesettingRulesTest.generated(20, 13, true));
        assertClear(TypesettingRulesTest.generated(10, 8, false));
        assertClear(TypesettingRulesTest.generated(27, 1, true));
        assertClear(TypesettingRulesTest.generated(45, 0, false));
    }

    private static void assertClear(Portfolio portfolio) throws Exception {
        try (PDDocument pdf = PdfReading.load(PdfReading.export(portfolio))) {
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                List<Word> words = PdfReading.words(pdf, p);
                assertTrue(words.size() > 10, "page " + (p + 1) + " has its words");
                List<String> found = new ArrayList<>();
                for (int i = 0; i < words.size(); i++) {
                    double[] a = box(words.get(i));
                    assertTrue(a[0] >= LayoutReading.MARGIN && a[1] >= LayoutReading.MARGIN
                                    && a[2] <= SheetPage.WIDTH - LayoutReading.MARGIN
                                    && a[3] <= SheetPage.HEIGHT - LayoutReading.MARGIN,
                            "page " + (p + 1) + ": " + words.get(i) + " inside the margins");
                    for (int j = i + 1; j < words.size(); j++) {
                        double[] b = box(words.get(j));
                        if (a[0] < b[2] - 0.05 && b[0] < a[2] - 0.05 && a[1] < b[3] - 0.05 && b[1] < a[3] - 0.05) {
                            found.add("page " + (p + 1) + ": " + words.get(i) + " overprints " + words.get(j));
                        }
                    }
                }
                assertEquals(List.of(), found);
            }
        }
    }

    /** Left, top, right, bottom, from the page's top-left corner. */
    private static double[] box(Word w) {
        double ascent = SheetFonts.metrics().ascent() * w.size();
        double descent = LayoutReading.DESCENT * w.size();
        return w.rotated() ? new double[] {w.x() - ascent, w.y() - w.length(), w.x() + descent, w.y()}
                : new double[] {w.x(), w.y() - ascent, w.x() + w.length(), w.y() + descent};
    }
}
