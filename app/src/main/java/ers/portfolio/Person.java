package ers.portfolio;

/**
 * Someone who signs sheets. A person who is not yet {@code qualified} (a trainee assessor or
 * verifier) needs a qualified colleague's countersignature.
 */
public record Person(String name, boolean qualified) {
}
