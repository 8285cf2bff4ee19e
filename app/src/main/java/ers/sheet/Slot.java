package ers.sheet;

/**
 * A space on a signature line that holds one part of a signature: the signature itself, the
 * signer's name in block capitals, or the date.
 */
record Slot(Kind kind, SignatureLine line, double width, String where) {

    enum Kind { SIGNATURE, NAME, DATE }

    static Slot signature(SignatureLine line, double width, String where) {
        return new Slot(Kind.SIGNATURE, line, width, where);
    }

    static Slot name(SignatureLine line, double width, String where) {
        return new Slot(Kind.NAME, line, width, where);
    }

    static Slot date(SignatureLine line) {
        return new Slot(Kind.DATE, line, 62, "a date");
    }
}
