package ers.portfolio.seal;

import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.SignatureState;
import java.util.ArrayList;
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

    /** The state in the words every report of signatures uses. */
    public String stateWord() {
        return switch (state) {
            case VALID -> "valid";
            case VOID -> "VOID";
            case ABSENT -> "absent";
            case MISSING -> "MISSING";
        };
    }

    /** What else a reader should know: what changed, and who key-signed the seal with which certificate. */
    public String remarks() {
        List<String> remarks = new ArrayList<>(reasons);
        if (certificate != null) {
            remarks.add("key-signed by " + certificate.subject() + " ("
                    + (certificate.trusted() ? "trusted" : "untrusted") + " certificate, SHA-256 "
                    + certificate.fingerprint().substring(0, 16) + "...)");
            if (!certificate.names(signature.name())) {
                remarks.add("note: the certificate names " + certificate.commonName() + ", not " + signature.name());
            }
        } else if (state == SignatureState.VALID) {
            remarks.add("digest only, not key-signed");
        }
        return String.join("; ", remarks);
    }
}
