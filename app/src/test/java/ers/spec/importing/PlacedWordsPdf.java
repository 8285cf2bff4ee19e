package ers.spec.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes words at chosen places, to try the reader's page geometry at its thresholds. Places are
 * measured from the page's top left, as the reader measures them, on pages 800 points high so that
 * whole numbers stay whole. The font is Courier, every glyph of which is 0.6 of the font size
 * wide, so where a word ends is known exactly.
 */
final class PlacedWordsPdf {

    static final float PAGE_HEIGHT = 800;

    private record Placed(float x, float y, float size, String text) {
    }

    private final List<List<Placed>> pages = new ArrayList<>();

    PlacedWordsPdf() {
        nextPage();
    }

    /** Starts a new page; the words placed after it go on it. */
    PlacedWordsPdf nextPage() {
        pages.add(new ArrayList<>());
        return this;
    }

    /** Places {@code text} with its left edge at {@code x} and its baseline {@code y} below the page's top. */
    PlacedWordsPdf at(float x, float y, float size, String text) {
        pages.get(pages.size() - 1).add(new Placed(x, y, size, text));
        return this;
    }

    /** Where {@code text} placed at {@code x} in {@code size} ends (exact for sizes that are multiples of 5). */
    static float endOf(float x, float size, String text) {
        return x + text.length() * size * 3 / 5;
    }

    byte[] bytes() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
            for (List<Placed> words : pages) {
                PDPage page = new PDPage(new PDRectangle(595, PAGE_HEIGHT));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (Placed w : words) {
                        content.beginText();
                        content.setFont(courier, w.size());
                        content.newLineAtOffset(w.x(), PAGE_HEIGHT - w.y());
                        content.showText(w.text());
                        content.endText();
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }
}
