package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.Role;
import ers.portfolio.SignatureState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeySignedSealTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    private static SigningKey jane;
    private static SigningKey mallory;

    @BeforeAll
    static void createKeys() {
        jane = PersonalCertificate.create("Jane Smith", "Northgate College", SignedSheets.CLOCK);
        mallory = PersonalCertificate.create("Jane Smith", "Northgate College", SignedSheets.CLOCK);
    }

    private static Verdict assessorVerdict(SigningKey key, TrustList trust) throws SigningRefused {
        Portfolio signed = SignedSheets.SIGNING.sign(SignedSheets.unsigned(), SignedSheets.UNIT,
                SignedSheets.request(Role.ASSESSOR, "JANE SMITH", LocalDate.of(2026, 3, 14), key));
        return new SealVerifier(trust).verify(signed, SignedSheets.only(signed), Role.ASSESSOR);
    }

    @Test
    void aKeyFileSavedWithAPasswordOpensWithItAndOnlyWithIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("jane.p12");
        PersonalCertificate.save(jane, file, PASSWORD);
        SigningKey loaded = SigningKey.load(file, PASSWORD);
        assertEquals(jane.certificate(), loaded.certificate());
        KeyFileException wrong = assertThrows(KeyFileException.class,
                () -> SigningKey.load(file, "wrong password".toCharArray()));
        assertEquals(file + ": the password does not open this key file", wrong.getMessage());
    }

    @Test
    void aCertificateFileIsNotAKeyFile(@TempDir Path dir) throws Exception {
        Path cer = dir.resolve("jane.cer");
        Files.writeString(cer, Certificates.pem(jane.certificate()));
        assertThrows(KeyFileException.class, () -> SigningKey.load(cer, PASSWORD));
    }

    @Test
    void verificationNamesTheCertificateAndSaysItIsNotTrustedUntilImported(@TempDir Path home) throws Exception {
        TrustList trust = new TrustList(home.resolve("trusted"));
        Verdict before = assessorVerdict(jane, trust);
        assertEquals(SignatureState.VALID, before.state());
        assertEquals("CN=Jane Smith,O=Northgate College", before.certificate().subject());
        assertFalse(before.certificate().trusted());
        assertTrue(before.certificate().names("JANE  SMITH"), "block capitals name the same person");
        assertFalse(before.certificate().names("Omar Patel"));

        Path exported = home.resolve("jane.cer");
        Files.writeString(exported, Certificates.pem(jane.certificate()));
        trust.importCertificate(exported);

        assertTrue(assessorVerdict(jane, trust).trustedAndValid());
    }

    @Test
    void aCertificateWithTheSameNameButAnotherKeyIsNotTrusted(@TempDir Path home) throws Exception {
        TrustList trust = new TrustList(home.resolve("trusted"));
        Path exported = home.resolve("jane.cer");
        Files.writeString(exported, Certificates.pem(jane.certificate()));
        trust.importCertificate(exported);

        Verdict impostor = assessorVerdict(mallory, trust);
        assertEquals("CN=Jane Smith,O=Northgate College", impostor.certificate().subject());
        assertFalse(impostor.certificate().trusted());
        assertFalse(impostor.trustedAndValid());
    }

    @Test
    void aPersonalCertificateHasA3072BitKeyAndNamesTheOrganisationOnlyWhenGiven() {
        assertEquals(3072, ((java.security.interfaces.RSAPublicKey) jane.certificate().getPublicKey()).getModulus().bitLength());
        assertEquals("CN=Aled Hughes", PersonalCertificate.create(" Aled Hughes ", "  ", SignedSheets.CLOCK)
                .certificate().getSubjectX500Principal().getName());
        assertEquals("CN=Aled Hughes", PersonalCertificate.create("Aled Hughes", null, SignedSheets.CLOCK)
                .certificate().getSubjectX500Principal().getName());
    }

    @Test
    void aKeyFilesPasswordHasAtLeastEightCharacters(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("jane.p12");
        assertThrows(IllegalArgumentException.class, () -> PersonalCertificate.save(jane, file, "1234567".toCharArray()));
        assertFalse(Files.exists(file));
        PersonalCertificate.save(jane, file, "12345678".toCharArray());
        assertEquals(jane.certificate(), SigningKey.load(file, "12345678".toCharArray()).certificate());
    }

    @Test
    void aFolderIsNeitherAKeyFileNorACertificate(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("keys.p12"));
        assertEquals(folder + ": is a folder, not a file",
                assertThrows(KeyFileException.class, () -> SigningKey.load(folder, PASSWORD)).getMessage());
        assertEquals(folder + ": is a folder, not a file",
                assertThrows(KeyFileException.class, () -> Certificates.read(folder)).getMessage());
    }
}
