package ers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.Role;
import ers.portfolio.seal.PersonalCertificate;
import ers.portfolio.seal.SealedHistory;
import ers.portfolio.seal.SignedSheets;
import ers.portfolio.seal.SigningKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verbs given what an attacker or a careless user gives them: pipes instead of files, names
 * that would split or reorder a line, a signed file with a signature taken out or history written in.
 */
class HostileInputCommandTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeEach
    void emptyHome() {
        System.setProperty("ers.home", dir.resolve("home").toString());
    }

    @AfterEach
    void forgetHome() {
        System.clearProperty("ers.home");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = assertTimeoutPreemptively(AT_ONCE,
                () -> ErsCommand.run(new PrintWriter(out), new PrintWriter(err), args));
        return new Run(code, out.toString(), err.toString());
    }

    private Path fifo(Path where) throws Exception {
        Files.createDirectories(where.getParent());
        Process make = new ProcessBuilder("mkfifo", where.toString()).start();
        assumeTrue(make.waitFor() == 0, "needs mkfifo");
        return where;
    }

    private Path signedFile(Portfolio portfolio) throws Exception {
        Path file = dir.resolve("signed.ers.json");
        Files.write(file, PortfolioWriter.toBytes(portfolio));
        return file;
    }

    @Test
    void aFifoGivenToValidateExportOrVerifyIsRefusedAtOnce() throws Exception {
        Path pipe = fifo(dir.resolve("pipe.ers.json"));
        String refusal = pipe + ": is not a regular file (a pipe, a device or a socket), so it was not read";

        Run validate = run("validate", pipe.toString());
        Run export = run("export", pipe.toString(), "--out", dir.resolve("out.pdf").toString());
        Run verify = run("verify", pipe.toString());

        assertEquals(1, validate.code());
        assertTrue(validate.all().contains(refusal), validate.all());
        assertEquals(1, export.code());
        assertTrue(export.all().contains(refusal), export.all());
        assertFalse(Files.exists(dir.resolve("out.pdf")));
        assertEquals(1, verify.code());
        assertTrue(verify.all().contains(refusal), verify.all());
    }

    @Test
    void aFifoAsAKeyOrACertificateToTrustIsRefusedAtOnce() throws Exception {
        Path portfolio = signedFile(SignedSheets.signedByAll(null));
        Path pipe = fifo(dir.resolve("colleague.cer"));

        Run verify = run("verify", portfolio.toString(), "--trust", pipe.toString());
        Run export = run("export", portfolio.toString(), "--out", dir.resolve("out.pdf").toString(),
                "--sign-with", pipe.toString());

        assertEquals(1, verify.code());
        assertTrue(verify.err().contains(pipe + ": is not a regular file"), verify.all());
        assertEquals(1, export.code(), export.all());
    }

    @Test
    void aFifoInTheTrustedCertificatesFolderDoesNotHangVerify() throws Exception {
        fifo(dir.resolve("home").resolve("trusted").resolve("stuck.cer"));
        SigningKey key = PersonalCertificate.create("Jane Smith", "Northgate College", SignedSheets.CLOCK);
        Path portfolio = signedFile(SignedSheets.signedByAll(key));

        Run verify = run("verify", portfolio.toString());

        assertEquals(0, verify.code(), verify.all());
        assertTrue(verify.out().contains("(untrusted certificate"), "the trust list was read: " + verify.out());
    }

    @Test
    void aNewlineOrBidiControlInAFileNameCannotSplitOrReorderAMessage() throws Exception {
        Path file = dir.resolve("evil\nother.ers.json:1:1: valid \u202Eredro");
        Files.writeString(file, "{ \"format\" : ");

        Run validate = run("validate", file.toString());

        assertEquals(1, validate.code());
        assertEquals(1, validate.out().strip().split("\n").length, validate.out());
        assertTrue(validate.out().startsWith("\"" + dir + "/evil\\nother.ers.json:1:1: valid \\u202Eredro\":"),
                validate.out());
    }

    @Test
    void textEchoedFromTheFileCannotSplitOrReorderAVerifyLine() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        PortfolioUnit unit = SignedSheets.only(signed);
        List<HistoryEntry> history = new ArrayList<>(unit.history());
        history.add(new HistoryEntry(Instant.parse("2026-03-22T09:00:00Z"), HistoryEntry.Action.REOPENED, Role.ASSESSOR,
                "Jane\nSmith", "reason \u202Edesrever\nfake line"));
        Path file = signedFile(signed.withUnits(List.of(
                new PortfolioUnit(unit.spec(), unit.evidence(), unit.signatures(), history))));

        Run verify = run("verify", file.toString(), "--history");

        assertFalse(verify.out().contains("\u202E"), verify.out());
        assertTrue(verify.out().contains("Jane\\nSmith"), verify.out());
        assertTrue(verify.out().contains("reason \\u202Edesrever\\nfake line"), verify.out());
        assertFalse(verify.out().lines().anyMatch(l -> l.startsWith("fake line")), verify.out());
    }

    @Test
    void aSignatureDeletedFromASheetWhoseHistoryRecordsItIsReportedMissingWithExitThree() throws Exception {
        Path file = signedFile(SignedSheets.withoutSignature(SignedSheets.signedByAll(null), Role.INTERNAL_VERIFIER));

        VerifyOutput verify = VerifyOutput.run(file.toString());

        assertEquals(VerifyCommand.SIGNATURE_FAILED, verify.exitCode(), verify.out());
        assertEquals("MISSING", verify.statuses().get("Internal verifier"), verify.out());
        assertEquals("valid", verify.statuses().get("Assessor"), verify.out());
        assertEquals("absent", verify.statuses().get("Countersigning verifier"), verify.out());
    }

    @Test
    void historyEntriesAppendedAfterTheLastSignatureArePrintedAsNotSealed() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        PortfolioUnit unit = SignedSheets.only(signed);
        List<HistoryEntry> history = new ArrayList<>(unit.history());
        history.add(new HistoryEntry(Instant.parse("2026-03-22T09:00:00Z"), HistoryEntry.Action.SIGNED,
                Role.COUNTERSIGNING_VERIFIER, "Mallory Jones", "sealed 0123456789abcdef"));
        Path file = signedFile(signed.withUnits(List.of(
                new PortfolioUnit(unit.spec(), unit.evidence(), unit.signatures(), history))));

        Run verify = run("verify", file.toString(), "--history");

        List<String> lines = verify.out().lines().filter(l -> l.startsWith("F17    history ")).toList();
        assertEquals(history.size(), lines.size(), verify.out());
        for (int i = 0; i < lines.size() - 1; i++) {
            assertFalse(lines.get(i).contains(SealedHistory.NOT_SEALED), lines.get(i));
        }
        String forged = lines.get(lines.size() - 1);
        assertTrue(forged.contains("Mallory Jones") && forged.contains("not sealed: could have been written by anyone "
                + "with the file"), forged);
        assertEquals(VerifyCommand.SIGNATURE_FAILED, verify.code(), "the forged entry records a signature the file lacks");
    }
}
