package ers.portfolio.seal;

/** A key or certificate file that cannot be used, with a message naming the file and why. */
public class KeyFileException extends Exception {

    public KeyFileException(String message) {
        super(message);
    }
}
