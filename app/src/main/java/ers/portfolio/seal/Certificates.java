package ers.portfolio.seal;

import ers.json.Printable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/** Reading, printing and fingerprinting certificates. */
public final class Certificates {

    private Certificates() {
    }

    public static X509Certificate read(Path file) throws KeyFileException {
        refuseSpecial(file);
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (NoSuchFileException e) {
            throw new KeyFileException(Printable.name(file.toString()) + ": no such file");
        } catch (CertificateException | ClassCastException e) {
            throw new KeyFileException(Printable.name(file.toString()) + ": not a certificate file (PEM or DER X.509 expected)");
        } catch (IOException e) {
            throw new KeyFileException(Printable.name(file.toString()) + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * Refuses a pipe, device or socket before opening it, which could wait for ever; a link is
     * followed to what it names.
     */
    static void refuseSpecial(Path file) throws KeyFileException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new KeyFileException(Printable.name(file.toString()) + ": "
                    + (Files.isDirectory(file) ? "is a folder, not a file" : "is not a regular file (a pipe, a device or a socket), so it was not read"));
        }
    }

    /** The certificate as a PEM text file, what a centre's IT expects as a .cer/.pem. */
    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of the DER encoding, lower-case hex: what people compare by telephone. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(Sha256.of(certificate.getEncoded()));
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
