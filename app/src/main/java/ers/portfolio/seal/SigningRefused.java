package ers.portfolio.seal;

import java.util.List;

/**
 * A signing or reopening that the rules do not allow, with the reason in words for the person
 * trying; when it is the assessor signing with criteria uncovered, which criteria.
 */
public class SigningRefused extends Exception {

    private final transient List<String> uncovered;

    public SigningRefused(String message) {
        this(message, List.of());
    }

    public SigningRefused(String message, List<String> uncovered) {
        super(message);
        this.uncovered = List.copyOf(uncovered);
    }

    /** The criteria no evidence covers, when that is why signing was refused. */
    public List<String> uncovered() {
        return uncovered;
    }
}
