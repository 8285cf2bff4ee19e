package ers.sheet;

/**
 * A space on a signature line that holds one part of a signature: the signature itself, the
 * signer's name in block capitals, or the date.
 *
 * @param caption the small word printed under the space, saying what goes in it, or null when
 *                the field's label already says
 * @param text    what a {@link Kind#TEXT} space prints; null for the parts of a signature
 */
record Slot(Kind kind, SignatureLine line, double width, String where, String caption, String text) {

    /** TEXT: words that are no signature, such as the initials a verifier's sample puts on the IV line. */
    enum Kind { SIGNATURE, NAME, DATE, TEXT }

    static final double DATE_WIDTH = 62;

    static Slot signature(SignatureLine line, double width, String where) {
        return new Slot(Kind.SIGNATURE, line, width, where, null, null);
    }

    static Slot name(SignatureLine line, double width, String where) {
        return new Slot(Kind.NAME, line, width, where, null, null);
    }

    static Slot date(SignatureLine line) {
        return new Slot(Kind.DATE, line, DATE_WIDTH, "a date", null, null);
    }

    static Slot text(String text, double width, String where) {
        return new Slot(Kind.TEXT, SignatureLine.BLANK, width, where, null, text);
    }

    /** The same space with a caption under it, for a label that names two spaces at once. */
    Slot captioned(String words) {
        return new Slot(kind, line, width, where, words, text);
    }
}
