package ers.portfolio.seal;

import ers.portfolio.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The certificates whose key-signed seals this user trusts: one file per certificate in a folder
 * ({@code AppHome.trusted()}). A certificate is trusted when it is in the folder, or was issued
 * (signed) by one that is, as a centre's own certificate authority issues its staff's.
 */
public final class TrustList {

    private final Path folder;
    private final List<X509Certificate> extra;

    public TrustList(Path folder) {
        this(folder, List.of());
    }

    private TrustList(Path folder, List<X509Certificate> extra) {
        this.folder = folder;
        this.extra = List.copyOf(extra);
    }

    /** This list plus certificates trusted for one run only, e.g. given on the command line. */
    public TrustList with(List<X509Certificate> more) {
        List<X509Certificate> all = new ArrayList<>(extra);
        all.addAll(more);
        return new TrustList(folder, all);
    }

    public Path folder() {
        return folder;
    }

    /** Copies a colleague's certificate (PEM or DER, as .cer/.pem/.crt) into the list and returns it. */
    public X509Certificate importCertificate(Path file) throws KeyFileException {
        X509Certificate certificate = Certificates.read(file);
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve(fileNameFor(certificate)),
                    Certificates.pem(certificate).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new KeyFileException(folder + ": cannot store the trusted certificate: " + e.getMessage());
        }
        return certificate;
    }

    /** Every readable certificate in the folder, and those added for this run; an unreadable file is skipped, never trusted. */
    public List<X509Certificate> certificates() {
        List<X509Certificate> out = new ArrayList<>(extra);
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                try {
                    out.add(Certificates.read(file));
                } catch (KeyFileException e) {
                    // Not a certificate: nothing in it can make a seal trusted.
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    public boolean trusts(X509Certificate certificate) {
        for (X509Certificate trusted : certificates()) {
            if (trusted.equals(certificate) || issued(trusted, certificate)) {
                return true;
            }
        }
        return false;
    }

    private static boolean issued(X509Certificate issuer, X509Certificate certificate) {
        if (!issuer.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                || issuer.getBasicConstraints() < 0) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String fileNameFor(X509Certificate certificate) {
        return Certificates.fingerprint(certificate).substring(0, 16) + ".cer";
    }
}
