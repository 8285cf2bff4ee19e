package ers.portfolio.seal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A person's private key and certificate, read from a PKCS#12 file (.p12/.pfx) that either the
 * application created for them or their centre issued. Held only while signing; never saved by
 * the application anywhere but the file the person chose.
 *
 * @param chain the signer's certificate first, then any issuers the file holds
 */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The name the certificate gives its holder (its CN). */
    public String commonName() {
        return SignerCertificate.of(certificate(), null).commonName();
    }

    /** Opens the first key entry of a PKCS#12 file; the password opens both the file and the key. */
    public static SigningKey load(Path file, char[] password) throws KeyFileException {
        Certificates.refuseSpecial(file);
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    return fromEntry(file, store, alias, password);
                }
            }
            throw new KeyFileException(file + ": holds no private key, only certificates; "
                    + "signing needs the PKCS#12 file with your key, not the certificate you gave the centre");
        } catch (NoSuchFileException e) {
            throw new KeyFileException(file + ": no such file");
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new KeyFileException(file + ": the password does not open this key file");
            }
            throw new KeyFileException(file + ": not a readable PKCS#12 key file (" + e.getMessage() + ")");
        } catch (GeneralSecurityException e) {
            throw new KeyFileException(file + ": not a usable PKCS#12 key file (" + e.getMessage() + ")");
        }
    }

    private static SigningKey fromEntry(Path file, KeyStore store, String alias, char[] password)
            throws GeneralSecurityException, KeyFileException {
        if (!(store.getKey(alias, password) instanceof PrivateKey key)) {
            throw new KeyFileException(file + ": the entry " + alias + " is not a private key");
        }
        Certificate[] chain = store.getCertificateChain(alias);
        if (chain == null || chain.length == 0) {
            throw new KeyFileException(file + ": the key has no certificate with it");
        }
        return new SigningKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
    }
}
