package ers.portfolio;

/**
 * Decides whether a signature on a unit's sheet still stands. The editor, the PDF and the
 * command line all ask the same judge, so they never disagree.
 */
@FunctionalInterface
public interface SignatureJudge {

    SignatureState judge(Portfolio portfolio, PortfolioUnit unit, Role role);

    /** The judge the application uses. */
    static SignatureJudge standard() {
        return (portfolio, unit, role) -> unit.signature(role).isPresent() ? SignatureState.VALID : SignatureState.ABSENT;
    }
}
