package ers.portfolio.seal;

import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Seal;
import ers.portfolio.Signature;
import ers.portfolio.SignatureState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.ListIterator;
import java.util.Optional;

/**
 * Checks the signatures on a sheet against the sheet as it is now. A signature is valid when the
 * digest of what it vouches for ({@link SealedContent}) equals its seal's digest and, for a
 * key-signed seal, the CMS signature verifies over that same content with the certificate it
 * carries. Whether that certificate is trusted is reported beside the state, not folded into it:
 * an untrusted certificate does not make the sheet changed.
 */
public final class SealVerifier {

    private final TrustList trust;

    /** @param trust the user's trusted certificates, or null where trust is not asked about */
    public SealVerifier(TrustList trust) {
        this.trust = trust;
    }

    /**
     * The state alone, as {@link ers.portfolio.SignatureJudge#standard()} reports it: computed once
     * per portfolio state and then remembered ({@link VerdictCache}).
     */
    public static SignatureState state(Portfolio portfolio, PortfolioUnit unit, Role role) {
        return VerdictCache.shared().judge(portfolio, unit, role);
    }

    /** The state worked out afresh, which the cache asks for what it does not know yet. */
    static SignatureState compute(Portfolio portfolio, PortfolioUnit unit, Role role) {
        return new SealVerifier(null).verify(portfolio, unit, role).state();
    }

    public List<Verdict> verifyAll(Portfolio portfolio, PortfolioUnit unit) {
        return Arrays.stream(Role.values()).map(r -> verify(portfolio, unit, r)).toList();
    }

    public Verdict verify(Portfolio portfolio, PortfolioUnit unit, Role role) {
        Optional<Signature> given = unit.signature(role);
        if (given.isEmpty()) {
            return missing(unit, role);
        }
        Signature signature = given.get();
        Seal seal = signature.seal();
        if (seal == null) {
            return new Verdict(role, SignatureState.VOID, signature,
                    List.of("it was never sealed, so nothing shows what it vouched for"), null);
        }
        if (seal.history() > unit.history().size()) {
            return new Verdict(role, SignatureState.VOID, signature, List.of("entries of the history before it was given "
                    + "were removed (it covers " + seal.history() + ", the unit has " + unit.history().size() + ")"), null);
        }
        SealedContent content = SealedContent.of(seal.formOrFirst(), portfolio, unit, signature, seal.history());
        List<String> reasons = new ArrayList<>();
        boolean digestMatches = Seal.SHA_256.equals(seal.algorithm()) && content.digest().equals(seal.digest());
        if (!digestMatches) {
            reasons.addAll(Changes.between(seal.parts(), content.parts(), unit));
        }
        SignerCertificate certificate = null;
        if (seal.keySigned()) {
            CmsVerification cms = checkCms(seal.cms(), content);
            if (cms.signer() != null) {
                certificate = SignerCertificate.of(cms.signer(), trust);
            }
            if (digestMatches && !cms.intact()) {
                reasons.add(cms.problem());
            }
        }
        SignatureState state = reasons.isEmpty() ? SignatureState.VALID : SignatureState.VOID;
        return new Verdict(role, state, signature, reasons, certificate);
    }

    /** An empty line is absent, unless the history says it was signed: then the signature was taken out. */
    private static Verdict missing(PortfolioUnit unit, Role role) {
        for (ListIterator<HistoryEntry> it = unit.history().listIterator(unit.history().size()); it.hasPrevious(); ) {
            HistoryEntry entry = it.previous();
            if (entry.action() == HistoryEntry.Action.SIGNED && entry.role() == role) {
                return new Verdict(role, SignatureState.MISSING, null, List.of("the history records it signed"
                        + (entry.name() == null ? "" : " by " + entry.name()) + " at " + entry.at()
                        + ", but the signature is not in the file: it was removed"), null);
            }
        }
        return new Verdict(role, SignatureState.ABSENT, null, List.of(), null);
    }

    private static CmsVerification checkCms(String base64, SealedContent content) {
        byte[] cms;
        try {
            cms = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new CmsVerification(false, null, "its certificate signature is not valid base64");
        }
        return CmsVerification.check(cms, content.canonicalBytes());
    }
}
