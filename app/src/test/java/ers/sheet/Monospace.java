package ers.sheet;

/**
 * A font whose every character is the same width: by default a tenth of the size, so at 10 pt a
 * line's width is its length; wider ones make headings wrap.
 */
final class Monospace implements TextMeasure {

    /** The width per point of size as a fraction, so that the default tenth is divided exactly. */
    private final double times;
    private final double over;

    Monospace() {
        this(1, 10);
    }

    Monospace(double perPoint) {
        this(perPoint, 1);
    }

    private Monospace(double times, double over) {
        this.times = times;
        this.over = over;
    }

    @Override
    public double width(String text, Face face, double size) {
        return text.codePointCount(0, text.length()) * size * times / over;
    }

    @Override
    public boolean canPrint(int codePoint, Face face) {
        return true;
    }

    @Override
    public double ascent() {
        return 0.8;
    }
}
