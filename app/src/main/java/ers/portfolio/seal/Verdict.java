package ers.portfolio.seal;

import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.SignatureState;
import java.util.List;

/**
 * What verification found about one line of a sheet.
 *
 * @param signature   the signature on the line, or null when {@link SignatureState#ABSENT}
 * @param reasons     for a void signature, what changed or failed, as far as it can be told
 * @param certificate for a key-signed seal, the certificate that signed it; otherwise null
 */
public record Verdict(Role role, SignatureState state, Signature signature, List<String> reasons,
                      SignerCertificate certificate) {

    public Verdict {
        reasons = List.copyOf(reasons);
    }

    /** Key-signed by a certificate on the user's trust list, and still valid. */
    public boolean trustedAndValid() {
        return state == SignatureState.VALID && certificate != null && certificate.trusted();
    }
}
