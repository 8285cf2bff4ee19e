package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.SignatureState;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The name a certificate gives its holder, as the signing dialog and every report of a
 * key-signed seal print it, and the note when it is not the name signed with.
 */
class SignerNamesTest {

    private static final SignerCertificate JANE = new SignerCertificate("CN=Jane Smith,O=Northgate College",
            "0123456789abcdef0123456789abcdef", true);

    private static Verdict signedAs(String name) {
        Signature signature = new Signature(Role.ASSESSOR, name, LocalDate.of(2026, 3, 14), SignedSheets.scribble(),
                null, null, null);
        return new Verdict(Role.ASSESSOR, SignatureState.VALID, signature, List.of(), JANE);
    }

    @Test
    void aKeyIsNamedByItsCertificatesCommonName() {
        assertEquals("Jane Smith", MadeCertificates.authority("CN=Jane Smith,O=Northgate College").commonName());
    }

    @Test
    void aSubjectThatIsNoDistinguishedNameIsGivenWhole() {
        assertEquals("Jane Smith of Northgate",
                new SignerCertificate("Jane Smith of Northgate", "0123456789abcdef", false).commonName());
    }

    @Test
    void theRemarksNoteACertificateNamingSomeoneElse() {
        assertEquals("key-signed by CN=Jane Smith,O=Northgate College (trusted certificate, SHA-256 0123456789abcdef...)",
                signedAs("JANE  SMITH").remarks());
        assertEquals("key-signed by CN=Jane Smith,O=Northgate College (trusted certificate, SHA-256 0123456789abcdef...); "
                + "note: the certificate names Jane Smith, not Omar Patel", signedAs("Omar Patel").remarks());
    }
}
