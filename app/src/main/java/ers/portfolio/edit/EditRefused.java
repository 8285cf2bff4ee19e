package ers.portfolio.edit;

/**
 * An edit that does not apply to the portfolio as it is, for a reason the user can act on: the
 * message is a plain clause such as {@code the sheet for unit B13 is locked…}, shown as it stands.
 * It is checked, so that every caller decides what the user sees; anything else an edit throws
 * is a fault of the program, not a refusal, and is never shown as one.
 */
public final class EditRefused extends Exception {

    public EditRefused(String reason) {
        super(reason);
    }

    /** Why the edit was refused, in words for the user. */
    public String reason() {
        return getMessage();
    }
}
