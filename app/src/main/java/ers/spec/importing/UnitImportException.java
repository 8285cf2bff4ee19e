package ers.spec.importing;

/** The text is not a unit specification the importer can read; the message says why, in plain words. */
public final class UnitImportException extends Exception {

    public UnitImportException(String message) {
        super(message);
    }

    public UnitImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
