package ers.cli;

import ers.json.InvalidFileException;
import ers.json.JsonDocument;
import ers.json.Printable;
import ers.json.Problem;
import ers.pdf.PdfSignatureCheck;
import ers.portfolio.seal.Certificates;
import ers.portfolio.seal.TrustList;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** {@code ers verify FILE.pdf}: the signature of an exported PDF, checked as {@link PdfSignatureCheck} does. */
final class PdfVerification {

    /** Exported record sheets of a whole portfolio run to a few MB; a larger PDF is not one of them. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private PdfVerification() {
    }

    /** A PDF file starts {@code %PDF-}, whatever it is called. */
    static boolean isPdf(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(5), "%PDF-".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    /** Prints the verdict; returns the exit status as {@code verify} defines it. */
    static int verify(Path file, TrustList trust, boolean trustedOnly, PrintWriter out, PrintWriter err) {
        String name = Printable.name(file.toString());
        byte[] pdf;
        try {
            JsonDocument.refuseSpecial(file, file.toString());
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                err.println(name + ": the file is " + size / (1024 * 1024) + " MB, larger than any exported PDF; not read");
                return 1;
            }
            pdf = Files.readAllBytes(file);
        } catch (InvalidFileException e) {
            e.problems().stream().map(Problem::toString).forEach(err::println);
            return 1;
        } catch (IOException e) {
            err.println(name + ": cannot be read: " + Printable.text(e.getMessage()));
            return 1;
        }
        PdfSignatureCheck check = PdfSignatureCheck.of(pdf);
        boolean trusted = check.signer() != null && trust.trusts(check.signer());
        String signer = check.signer() == null ? "" : "signed by " + check.signer().getSubjectX500Principal().getName()
                + " (" + (trusted ? "trusted" : "untrusted") + " certificate, SHA-256 "
                + Certificates.fingerprint(check.signer()).substring(0, 16) + "...)";
        if (!check.intact()) {
            out.println(Printable.text(name + ": signature VOID: " + String.join("; ", check.problems())
                    + (signer.isEmpty() ? "" : "; " + signer)));
            return VerifyCommand.SIGNATURE_FAILED;
        }
        boolean fails = trustedOnly && !trusted;
        out.println(Printable.text(name + ": signature " + (fails ? "UNTRUSTED" : "valid")
                + ", covers the whole file, nothing added after it, no changes allowed (DocMDP P=1); " + signer));
        return fails ? VerifyCommand.SIGNATURE_FAILED : 0;
    }
}
