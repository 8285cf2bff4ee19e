package ers.pdf;

import ers.sheet.Face;
import ers.sheet.TextMeasure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Advance widths straight from the TrueType files the PDF embeds (PDFBox draws Type 0 text with
 * these advances and no kerning), tabulated once for the Basic Multilingual Plane so that
 * measuring thousands of strings costs array reads.
 */
final class FontMetrics implements TextMeasure {

    private static final int PLANE = 0x10000;

    private final float[] regular;
    private final float[] bold;
    private final double ascent;

    FontMetrics(Map<Face, byte[]> fonts) {
        try (TrueTypeFont plain = parse(fonts.get(Face.REGULAR)); TrueTypeFont heavy = parse(fonts.get(Face.BOLD))) {
            regular = table(plain);
            bold = table(heavy);
            ascent = (double) plain.getHorizontalHeader().getAscender() / plain.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font cannot be read", e);
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    private float[] widths(Face face) {
        return face == Face.BOLD ? bold : regular;
    }

    /** Width per 1000 units of font size for every BMP character; NaN where the font has no glyph. */
    private static float[] table(TrueTypeFont ttf) throws IOException {
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        float scale = 1000f / ttf.getUnitsPerEm();
        float[] table = new float[PLANE];
        for (int cp = 0; cp < PLANE; cp++) {
            int gid = cmap.getGlyphId(cp);
            table[cp] = gid == 0 ? Float.NaN : ttf.getAdvanceWidth(gid) * scale;
        }
        return table;
    }

    @Override
    public double width(String text, Face face, double size) {
        float[] table = widths(face);
        double sum = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = table[c];
            if (!Float.isNaN(w)) {
                sum += w;
            }
        }
        return sum * size / 1000;
    }

    /** Characters beyond the BMP (emoji and the like) have no glyph in Liberation Sans. */
    @Override
    public boolean canPrint(int codePoint, Face face) {
        return codePoint < PLANE && !Float.isNaN(widths(face)[codePoint]);
    }

    @Override
    public double ascent() {
        return ascent;
    }
}
