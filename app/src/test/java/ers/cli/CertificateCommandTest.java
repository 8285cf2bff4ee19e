package ers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.seal.Certificates;
import ers.portfolio.seal.PersonalCertificate;
import ers.portfolio.seal.SignedSheets;
import ers.portfolio.seal.SigningKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateCommandTest {

    @TempDir
    Path dir;

    @AfterEach
    void forgetHome() {
        System.clearProperty("ers.home");
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        return ErsCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void trustingACertificateStoresItInTheUsersFolder() throws Exception {
        System.setProperty("ers.home", dir.resolve("home").toString());
        SigningKey key = PersonalCertificate.create("Omar Patel", null, SignedSheets.CLOCK);
        Path cer = dir.resolve("omar.cer");
        Files.writeString(cer, Certificates.pem(key.certificate()));
        StringWriter out = new StringWriter();
        assertEquals(0, run(out, new StringWriter(), "certificate", "trust", cer.toString()));
        assertTrue(out.toString().contains(Certificates.fingerprint(key.certificate())), out.toString());
        try (var files = Files.list(dir.resolve("home/trusted"))) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFileThatIsNotACertificateIsRefusedByName() throws Exception {
        System.setProperty("ers.home", dir.resolve("home").toString());
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "not a certificate");
        StringWriter err = new StringWriter();
        assertEquals(1, run(new StringWriter(), err, "certificate", "trust", notes.toString()));
        assertTrue(err.toString().contains(notes + ": not a certificate file"), err.toString());
    }
}
