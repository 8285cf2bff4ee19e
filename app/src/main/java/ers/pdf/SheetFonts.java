package ers.pdf;

import ers.sheet.Face;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled Liberation Sans faces, read once. Each document embeds its own subset; the layout
 * measures with {@link FontMetrics} built from the same bytes.
 */
public final class SheetFonts {

    private static final Map<Face, byte[]> BYTES = read();
    private static final FontMetrics METRICS = new FontMetrics(BYTES);

    private SheetFonts() {
    }

    static FontMetrics metrics() {
        return METRICS;
    }

    /** Whether every face of the sheet's font has a glyph for the code point, as the export requires. */
    public static boolean canPrint(int codePoint) {
        for (Face face : Face.values()) {
            if (!METRICS.canPrint(codePoint, face)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Embeds both faces in {@code document} as subset composite fonts; no Standard-14 font is ever
     * used. Glyph substitution (GSUB) is switched off: the layout measures plain advance widths, a
     * ligature would print narrower than measured, and PDFBox's substitution pass costs more than
     * all the rest of the drawing.
     */
    public static Map<Face, PDType0Font> embed(PDDocument document) throws IOException {
        Map<Face, PDType0Font> fonts = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(BYTES.get(face)));
            document.registerTrueTypeFontForClosing(ttf);
            ttf.setEnableGsub(false);
            fonts.put(face, PDType0Font.load(document, ttf, true));
        }
        return fonts;
    }

    private static Map<Face, byte[]> read() {
        Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
        bytes.put(Face.REGULAR, BundledResource.bytes("/fonts/LiberationSans-Regular.ttf", "the bundled font"));
        bytes.put(Face.BOLD, BundledResource.bytes("/fonts/LiberationSans-Bold.ttf", "the bundled font"));
        return bytes;
    }
}
