package ers.sheet;

/** A font whose every character is a tenth of the size wide, so at 10 pt a line's width is its length. */
final class Monospace implements TextMeasure {

    @Override
    public double width(String text, Face face, double size) {
        return text.codePointCount(0, text.length()) * size / 10;
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
