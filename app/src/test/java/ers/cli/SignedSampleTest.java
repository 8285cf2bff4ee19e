package ers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioWriter;
import ers.portfolio.seal.SignedSheets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signed sample is what a verifier would be sent: it must verify, and its key-signed sheet must name its certificate. */
class SignedSampleTest {

    private static final Path SAMPLES = Path.of(System.getProperty("ers.repo", ".."), "samples");

    @TempDir
    static Path home;

    @BeforeAll
    static void emptyHome() {
        System.setProperty("ers.home", home.toString());
    }

    @AfterAll
    static void forgetHome() {
        System.clearProperty("ers.home");
    }

    @Test
    void everySignatureInTheSignedSampleIsValid() {
        VerifyOutput result = VerifyOutput.run(SAMPLES.resolve("signed-team-leading.ers.json").toString());
        assertEquals(0, result.exitCode(), result.out() + result.err());
        assertTrue(result.out().contains("10 valid, 0 failed"), result.out());
    }

    @Test
    void theKeySignedSheetIsTrustedOnceItsCertificateIs() {
        String file = SAMPLES.resolve("signed-team-leading.ers.json").toString();
        VerifyOutput untrusted = VerifyOutput.run(file, "--trusted-only");
        assertEquals(3, untrusted.exitCode());
        VerifyOutput trusted = VerifyOutput.run(file, "--trust", SAMPLES.resolve("sample-assessor.cer").toString());
        assertTrue(trusted.out().lines().anyMatch(l -> l.startsWith("B13    Assessor") && l.contains(
                "key-signed by CN=Helen Whitworth,O=Calder Valley Training Partnership (trusted certificate")), trusted.out());
    }

    @Test
    void theHistoryPrintsWithTheSignatures() {
        VerifyOutput result = VerifyOutput.run(SAMPLES.resolve("signed-team-leading.ers.json").toString(), "--history");
        assertTrue(result.out().lines().anyMatch(l -> l.matches(
                "F17    history  \\d\\d/\\d\\d/2026 \\d\\d:\\d\\d UTC  signed +Internal verifier +Daniel Okafor +sealed [0-9a-f]{16}")),
                result.out());
    }

    @Test
    void theSampleIsDatedAsItsHistoryWasWritten() {
        VerifyOutput result = VerifyOutput.run(SAMPLES.resolve("signed-team-leading.ers.json").toString());
        assertFalse(result.out().contains("note: dated"), result.out());
    }

    @Test
    void aSignatureDatedLongBeforeItsHistoryEntryIsSaidButStands(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("late.ers.json");
        // Signed on 10/03/2026 by the signature's own date, recorded on 21/03/2026 by the fixture's clock.
        PortfolioWriter.save(SignedSheets.signedByAll(null), file);
        VerifyOutput result = VerifyOutput.run(file.toString());
        assertEquals(0, result.exitCode(), result.out());
        assertTrue(result.out().lines().anyMatch(l -> l.startsWith("F17    Candidate") && l.endsWith(
                "note: dated 10/03/2026 but recorded in the history on 21/03/2026 (11 days later)")), result.out());
    }

    @Test
    void anUnreadableFileExitsWithOne(@TempDir Path dir) {
        VerifyOutput result = VerifyOutput.run(dir.resolve("missing.ers.json").toString());
        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("missing.ers.json: no such file"), result.err());
    }
}
