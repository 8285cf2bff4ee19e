package ers.sheet;

import ers.portfolio.Drawing;
import ers.portfolio.Signature;
import ers.portfolio.SignatureState;
import ers.portfolio.UkDates;

/**
 * What one signature line of the sheet shows. A signature that no longer stands keeps only its
 * state: nothing of it may print as if it were still valid.
 *
 * @param date {@code dd/mm/yyyy}, or empty
 */
public record SignatureLine(SignatureState state, String name, String date, Drawing drawing, String typed) {

    public static final SignatureLine BLANK = new SignatureLine(SignatureState.ABSENT, "", "", null, null);

    /** Replaces a signature that no longer matches the sheet. */
    public static final String VOID_TEXT = "void: sheet changed after signing";

    /** Where the history says a signature was given that the file no longer holds. */
    public static final String MISSING_TEXT = "MISSING: signature removed from the file";

    static SignatureLine of(Signature signature, SignatureState state) {
        if (state == SignatureState.MISSING) {
            return new SignatureLine(SignatureState.MISSING, "", "", null, null);
        }
        if (signature == null || state == SignatureState.ABSENT) {
            return BLANK;
        }
        if (state == SignatureState.VOID) {
            return new SignatureLine(SignatureState.VOID, "", "", null, null);
        }
        return new SignatureLine(state, nullToEmpty(signature.name()),
                signature.date() == null ? "" : UkDates.format(signature.date()), signature.drawing(),
                signature.typed());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
