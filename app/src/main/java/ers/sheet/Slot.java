package ers.sheet;

/**
 * A space on a signature line that holds one part of a signature: the signature itself, the
 * signer's name in block capitals, or the date.
 *
 * @param caption the small word printed under the space, saying what goes in it, or null when
 *                the field's label already says
 */
record Slot(Kind kind, SignatureLine line, double width, String where, String caption) {

    enum Kind { SIGNATURE, NAME, DATE }

    static Slot signature(SignatureLine line, double width, String where) {
        return new Slot(Kind.SIGNATURE, line, width, where, null);
    }

    static Slot name(SignatureLine line, double width, String where) {
        return new Slot(Kind.NAME, line, width, where, null);
    }

    static Slot date(SignatureLine line) {
        return new Slot(Kind.DATE, line, 62, "a date", null);
    }

    /** The same space with a caption under it, for a label that names two spaces at once. */
    Slot captioned(String words) {
        return new Slot(kind, line, width, where, words);
    }
}
