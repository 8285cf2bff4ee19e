package ers.portfolio;

import ers.portfolio.seal.SealVerifier;

/**
 * Decides whether a signature on a unit's sheet still stands. The editor, the PDF and the
 * command line all ask the same judge, so they never disagree.
 */
@FunctionalInterface
public interface SignatureJudge {

    SignatureState judge(Portfolio portfolio, PortfolioUnit unit, Role role);

    /**
     * The judge the application uses: valid while the digest of what the signature vouches for
     * equals its seal's digest and, for a key-signed seal, its CMS signature verifies; void when
     * either fails or the signature was never sealed; absent when the line is not signed.
     */
    static SignatureJudge standard() {
        return SealVerifier::state;
    }
}
