package ers.sheet;

/**
 * The font metrics the layout wraps and centres text with. The PDF layer implements it with the
 * very font it embeds, so what the layout measures is what the page shows.
 */
public interface TextMeasure {

    /** Advance width of {@code text} set in {@code face} at {@code size} points. */
    double width(String text, Face face, double size);

    /** Whether the font has a glyph for the code point; text it cannot print must be refused, not boxed. */
    boolean canPrint(int codePoint, Face face);

    /** Height of the font's ascender above the baseline, per point of font size. */
    double ascent();
}
