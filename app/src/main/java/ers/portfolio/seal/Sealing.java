package ers.portfolio.seal;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Seal;
import ers.portfolio.Signature;
import java.util.Base64;

/** Puts the seal on a signature: the digest of what it vouches for, and a CMS signature when a key is given. */
public final class Sealing {

    private Sealing() {
    }

    /**
     * @param key the signer's key for a key-signed seal, or null for a digest-only seal (which
     *            shows any change but, being recomputable, not a deliberate forgery)
     */
    public static Signature seal(Portfolio portfolio, PortfolioUnit unit, Signature signature, SigningKey key) {
        int history = unit.history().size();
        SealedContent content = SealedContent.of(Seal.FORM_2, portfolio, unit, signature, history);
        String cms = key == null ? null
                : Base64.getEncoder().encodeToString(CmsSigner.signDetached(content.canonicalBytes(), key));
        Seal seal = new Seal(Seal.SHA_256, content.digest(), history, content.parts(), cms, Seal.FORM_2);
        return new Signature(signature.role(), signature.name(), signature.date(), signature.drawing(),
                signature.typed(), signature.note(), seal);
    }
}
