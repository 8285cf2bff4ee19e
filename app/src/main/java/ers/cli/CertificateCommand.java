package ers.cli;

import ers.home.AppHome;
import ers.portfolio.AtomicFiles;
import ers.portfolio.files.Outputs;
import ers.portfolio.seal.Certificates;
import ers.portfolio.seal.KeyFileException;
import ers.portfolio.seal.PersonalCertificate;
import ers.portfolio.seal.SigningKey;
import ers.portfolio.seal.TrustList;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Personal signing certificates: create one, and trust a colleague's. */
@Command(name = "certificate", mixinStandardHelpOptions = true,
        description = "Creates a personal signing certificate, or trusts a colleague's.",
        subcommands = {CertificateCommand.Create.class, CertificateCommand.Trust.class})
final class CertificateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Creates a key and a self-signed certificate naming you, saved as a password-protected",
                    "PKCS#12 file (password from " + KeyPassword.VARIABLE + " or asked), and writes the certificate",
                    "alone (PEM) for your centre and colleagues to trust."})
    static final class Create implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Option(names = "--name", required = true, description = "Your name, as the certificate will name you.")
        private String name;

        @Option(names = "--organisation", description = "Your centre.")
        private String organisation;

        @Option(names = "--out", required = true, paramLabel = "KEY.p12", description = "The key file to create; keep it private.")
        private Path out;

        @Option(names = "--certificate", required = true, paramLabel = "CERT.cer",
                description = "Where to write the certificate to give to others.")
        private Path certificate;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (Files.exists(out)) {
                err.println(out + ": already exists; choose another name rather than replace a key");
                return 1;
            }
            Optional<String> refused = Outputs.of(certificate, Outputs.Kind.CERTIFICATE)
                    .notOver("the key file", out).refusal();
            if (refused.isPresent()) {
                err.println(certificate + ": not written: it " + refused.get());
                return 1;
            }
            Optional<char[]> password = KeyPassword.read("Password for the new key file: ");
            if (password.isEmpty() || password.get().length < 8) {
                err.println(password.isEmpty() ? KeyPassword.missing() : "the password needs at least 8 characters");
                return 1;
            }
            SigningKey key = PersonalCertificate.create(name, organisation, Clock.systemUTC());
            PersonalCertificate.save(key, out, password.get());
            Arrays.fill(password.get(), '\0');
            AtomicFiles.write(certificate, Certificates.pem(key.certificate()).getBytes(StandardCharsets.US_ASCII));
            spec.commandLine().getOut().println("created " + out + " and " + certificate + " for "
                    + key.certificate().getSubjectX500Principal().getName() + ", SHA-256 "
                    + Certificates.fingerprint(key.certificate()));
            return 0;
        }
    }

    @Command(name = "trust", mixinStandardHelpOptions = true,
            description = "Adds a colleague's certificate file (PEM or DER) to your trusted certificates.")
    static final class Trust implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "CERT", description = "The certificate file.")
        private Path file;

        @Override
        public Integer call() {
            TrustList trust = new TrustList(AppHome.fromEnvironment().trusted());
            try {
                X509Certificate added = trust.importCertificate(file);
                spec.commandLine().getOut().println("trusted " + added.getSubjectX500Principal().getName()
                        + ", SHA-256 " + Certificates.fingerprint(added) + "; compare it with its owner before relying on it");
                return 0;
            } catch (KeyFileException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            }
        }
    }
}
