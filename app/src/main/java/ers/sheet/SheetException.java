package ers.sheet;

/** A record sheet that cannot be printed as it is; the message says what to change and where. */
public class SheetException extends Exception {

    public SheetException(String message) {
        super(message);
    }
}
