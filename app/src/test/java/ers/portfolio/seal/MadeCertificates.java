package ers.portfolio.seal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates a centre's authority could issue, which {@link PersonalCertificate} never makes:
 * one issuing others, one issued by it, one claiming an issuer that did not sign it. Their own keys
 * are EC, so that the tests stay quick.
 */
final class MadeCertificates {

    static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2031-01-01T00:00:00Z");

    private MadeCertificates() {
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A certificate authority that may issue only end certificates (path length 0). */
    static SigningKey authority(String name) {
        KeyPair pair = keyPair();
        return new SigningKey(pair.getPrivate(), List.of(certificate(name, pair.getPublic(), name, pair.getPrivate(),
                BigInteger.ONE, new BasicConstraints(0), FROM)));
    }

    /** An end certificate for {@code name}, naming {@code issuer}'s subject as issuer and signed by {@code signedWith}. */
    static SigningKey issued(String name, X509Certificate issuer, PrivateKey signedWith) {
        KeyPair pair = keyPair();
        return new SigningKey(pair.getPrivate(), List.of(certificate(new X500Name(name), pair.getPublic(),
                X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), signedWith,
                BigInteger.TWO, new BasicConstraints(false), FROM)));
    }

    static X509Certificate certificate(String subject, PublicKey key, String issuer, PrivateKey issuerKey,
                                       BigInteger serial, BasicConstraints constraints, Instant from) {
        return certificate(new X500Name(subject), key, new X500Name(issuer), issuerKey, serial, constraints, from);
    }

    private static X509Certificate certificate(X500Name subject, PublicKey key, X500Name issuer, PrivateKey issuerKey,
                                               BigInteger serial, BasicConstraints constraints, Instant from) {
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serial,
                    Date.from(from), Date.from(TO), subject, key);
            builder.addExtension(Extension.basicConstraints, true, constraints);
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder(
                            issuerKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA").build(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
