package ers.portfolio.seal;

import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.security.auth.x500.X500Principal;

/**
 * The certificate behind a key-signed seal, as verification reports it.
 *
 * @param subject     the certificate's subject, e.g. {@code CN=Jane Smith, O=Northgate College}
 * @param fingerprint SHA-256 of the certificate, lower-case hex
 * @param trusted     whether the certificate is on the user's trust list (or issued by one that is)
 */
public record SignerCertificate(String subject, String fingerprint, LocalDate notAfter, boolean trusted) {

    static SignerCertificate of(X509Certificate certificate, TrustList trust) {
        return new SignerCertificate(
                certificate.getSubjectX500Principal().getName(X500Principal.RFC2253),
                Certificates.fingerprint(certificate),
                LocalDate.ofInstant(certificate.getNotAfter().toInstant(), ZoneOffset.UTC),
                trust != null && trust.trusts(certificate));
    }
}
