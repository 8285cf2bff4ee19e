package ers.portfolio.edit;

import ers.portfolio.Portfolio;

/**
 * One change a user makes, as a value: it turns one portfolio into the next and never changes
 * the one it is given. Undo keeps the earlier portfolio, so an edit needs no inverse.
 */
public interface Edit {

    /** The portfolio after this edit; throws {@link IllegalArgumentException} when it does not apply. */
    Portfolio applyTo(Portfolio portfolio);

    /** What the Undo menu offers, e.g. {@code tick 1.2 for E3}. */
    String description();

    /**
     * What the status line adds once the edit is done to {@code before}: the other sheets it
     * changed too, in a sentence; empty when it changed only what the user is looking at.
     */
    default String alsoChanged(Portfolio before) {
        return "";
    }
}
