package ers.portfolio.seal;

import ers.portfolio.AtomicFiles;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Creates a person's own signing certificate: an RSA-3072 key and a self-signed X.509 certificate
 * naming them, saved as a password-protected PKCS#12 file. They give the centre the certificate
 * ({@link Certificates#pem}), never the PKCS#12 file.
 */
public final class PersonalCertificate {

    /** Records are kept at least three years; the certificate outlives that with a margin. */
    public static final Duration VALIDITY = Duration.ofDays(5 * 366);

    private PersonalCertificate() {
    }

    /**
     * @param name         the person's name, the certificate's common name
     * @param organisation their centre, or null
     */
    public static SigningKey create(String name, String organisation, Clock clock) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a personal certificate names its holder");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            // Most significant first, so that the name prints as CN=..., O=...
            X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE);
            if (organisation != null && !organisation.isBlank()) {
                subject.addRDN(BCStyle.O, organisation.strip());
            }
            subject.addRDN(BCStyle.CN, name.strip());
            X500Name x500 = subject.build();
            Instant now = clock.instant();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(x500,
                    new BigInteger(127, new SecureRandom()).add(BigInteger.ONE),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)), x500, pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot create a certificate: " + e.getMessage(), e);
        }
    }

    /** Saves the key and certificate as a PKCS#12 file protected by {@code password}. */
    public static void save(SigningKey key, Path file, char[] password) throws IOException {
        if (password == null || password.length < 8) {
            throw new IllegalArgumentException("a key file's password has at least 8 characters");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("signing-key", key.privateKey(), password,
                    key.chain().toArray(new X509Certificate[0]));
            AtomicFiles.write(file, out -> {
                try {
                    store.store(out, password);
                } catch (GeneralSecurityException e) {
                    throw new IOException("cannot write the key file: " + e.getMessage(), e);
                }
            });
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot write the key file: " + e.getMessage(), e);
        }
    }
}
