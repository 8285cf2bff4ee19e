package ers.portfolio.seal;

import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.security.auth.x500.X500Principal;

/**
 * The certificate behind a key-signed seal, as verification reports it.
 *
 * @param subject     the certificate's subject, e.g. {@code CN=Jane Smith, O=Northgate College}
 * @param fingerprint SHA-256 of the certificate, lower-case hex
 * @param trusted     whether the certificate is on the user's trust list (or issued by one that is)
 */
public record SignerCertificate(String subject, String fingerprint, LocalDate notAfter, boolean trusted) {

    /** The certificate's common name (CN), or the whole subject when it has none. */
    public String commonName() {
        try {
            return new LdapName(subject).getRdns().stream().filter(r -> r.getType().equalsIgnoreCase("CN"))
                    .map(r -> r.getValue().toString()).findFirst().orElse(subject);
        } catch (InvalidNameException e) {
            return subject;
        }
    }

    /** Whether the certificate names the person the signature names, ignoring case and spacing. */
    public boolean names(String signer) {
        return normal(commonName()).equals(normal(signer));
    }

    private static String normal(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static SignerCertificate of(X509Certificate certificate, TrustList trust) {
        return new SignerCertificate(
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                Certificates.fingerprint(certificate),
                LocalDate.ofInstant(certificate.getNotAfter().toInstant(), ZoneOffset.UTC),
                trust != null && trust.trusts(certificate));
    }
}
