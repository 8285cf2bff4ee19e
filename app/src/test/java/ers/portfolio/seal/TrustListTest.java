package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A certificate is trusted when it is on the list or was issued by an authority on it; a
 * certificate merely naming a trusted issuer, or issued by a trusted person rather than an
 * authority, is not.
 */
class TrustListTest {

    private static final String CENTRE = "CN=Northgate College Signing CA,O=Northgate College";

    private static TrustList trusting(Path home, X509Certificate certificate) throws Exception {
        Path file = home.resolve("trust-me.cer");
        Files.writeString(file, Certificates.pem(certificate));
        TrustList trust = new TrustList(home.resolve("trusted"));
        trust.importCertificate(file);
        return trust;
    }

    @Test
    void aCertificateIssuedByATrustedAuthorityIsTrusted(@TempDir Path home) throws Exception {
        SigningKey centre = MadeCertificates.authority(CENTRE);
        SigningKey jane = MadeCertificates.issued("CN=Jane Smith,O=Northgate College", centre.certificate(),
                centre.privateKey());
        assertTrue(trusting(home, centre.certificate()).trusts(jane.certificate()));
    }

    @Test
    void aCertificateOnlyNamingATrustedAuthorityAsIssuerIsNotTrusted(@TempDir Path home) throws Exception {
        SigningKey centre = MadeCertificates.authority(CENTRE);
        SigningKey forger = MadeCertificates.authority(CENTRE);
        SigningKey mallory = MadeCertificates.issued("CN=Jane Smith,O=Northgate College", centre.certificate(),
                forger.privateKey());
        assertFalse(trusting(home, centre.certificate()).trusts(mallory.certificate()));
    }

    @Test
    void aCertificateIssuedByATrustedPersonWhoIsNoAuthorityIsNotTrusted(@TempDir Path home) throws Exception {
        SigningKey jane = PersonalCertificate.create("Jane Smith", "Northgate College", SignedSheets.CLOCK);
        SigningKey omar = MadeCertificates.issued("CN=Omar Patel", jane.certificate(), jane.privateKey());
        omar.certificate().verify(jane.certificate().getPublicKey());
        assertEquals(jane.certificate().getSubjectX500Principal(), omar.certificate().getIssuerX500Principal());
        TrustList trust = trusting(home, jane.certificate());
        assertTrue(trust.trusts(jane.certificate()));
        assertFalse(trust.trusts(omar.certificate()));
    }

    @Test
    void certificatesTrustedForOneRunJoinTheFolderWhichStaysTheSame(@TempDir Path home) throws Exception {
        SigningKey centre = MadeCertificates.authority(CENTRE);
        SigningKey jane = MadeCertificates.issued("CN=Jane Smith,O=Northgate College", centre.certificate(),
                centre.privateKey());
        TrustList trust = trusting(home, centre.certificate());
        Files.writeString(home.resolve("trusted").resolve("notes.txt"), "not a certificate");

        TrustList forThisRun = trust.with(List.of(jane.certificate()));

        assertEquals(home.resolve("trusted"), forThisRun.folder());
        assertEquals(List.of(jane.certificate(), centre.certificate()), forThisRun.certificates());
        assertEquals(List.of(centre.certificate()), trust.certificates());
    }
}
