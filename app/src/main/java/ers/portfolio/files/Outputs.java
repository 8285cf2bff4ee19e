package ers.portfolio.files;

import ers.portfolio.AtomicFiles;
import ers.portfolio.Portfolio;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a file may be written as an output: never over a file the same job reads or writes
 * (by identity, so a link or a second name is caught), and never over an existing file of
 * another kind, which a slip of the finger would otherwise destroy.
 */
public final class Outputs {

    /** What an output is; an existing file of the same kind may be replaced. */
    public enum Kind {
        PDF("a PDF"),
        PORTFOLIO("a portfolio"),
        CERTIFICATE("a certificate"),
        CSV("a CSV file"),
        UNIT("a unit file");

        private final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    /** Enough of a file's start to tell its kind. */
    private static final int HEAD = 64 * 1024;
    private static final int PDF_HEADER = 1024;

    private final Path out;
    private final Kind kind;
    private final List<Path> others = new ArrayList<>();
    private final List<String> otherNames = new ArrayList<>();

    private Outputs(Path out, Kind kind) {
        this.out = out;
        this.kind = kind;
    }

    public static Outputs of(Path out, Kind kind) {
        return new Outputs(out, kind);
    }

    /** {@code file} (null for none) is used by the same job; {@code what} names it in the refusal. */
    public Outputs notOver(String what, Path file) {
        if (file != null) {
            others.add(file);
            otherNames.add(what);
        }
        return this;
    }

    /** Why the output must not be written, in words that follow its name; empty when it may be. */
    public Optional<String> refusal() {
        try {
            for (int i = 0; i < others.size(); i++) {
                if (same(out, others.get(i))) {
                    return Optional.of("is " + otherNames.get(i) + " itself");
                }
            }
            if (!Files.exists(out)) {
                return Optional.empty();
            }
            if (Files.isDirectory(out)) {
                return Optional.of("is a folder");
            }
            if (!Files.isRegularFile(out)) {
                return Optional.of("is not an ordinary file");
            }
            return Files.size(out) == 0 || isKind(out, kind) ? Optional.empty()
                    : Optional.of("already exists and is not " + kind.words + ", so it is not replaced");
        } catch (IOException e) {
            return Optional.of("cannot be checked: " + e.getMessage());
        }
    }

    /** One file by identity when both exist; otherwise the same place once links are followed. */
    private static boolean same(Path a, Path b) throws IOException {
        if (Files.exists(a) && Files.exists(b)) {
            return Files.isSameFile(a, b);
        }
        return AtomicFiles.followLinks(a).normalize().equals(AtomicFiles.followLinks(b).normalize());
    }

    private static boolean isKind(Path file, Kind kind) throws IOException {
        return switch (kind) {
            // A PDF's header is within its first kilobyte.
            case PDF -> head(file, PDF_HEADER).contains("%PDF-");
            case PORTFOLIO -> head(file, HEAD).contains("\"" + Portfolio.FORMAT + "\"");
            case CERTIFICATE -> isCertificate(file);
            case CSV -> isPlainTable(head(file, PDF_HEADER));
            // A portfolio holds its units' specifications too, so it must not pass for one.
            case UNIT -> head(file, HEAD).contains("\"learningOutcomes\"") && !isKind(file, Kind.PORTFOLIO);
        };
    }

    private static String head(Path file, int bytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(bytes), StandardCharsets.ISO_8859_1);
        }
    }

    /** Text that is neither a portfolio nor a PDF: what a spreadsheet saves as CSV. */
    private static boolean isPlainTable(String head) {
        String start = head.stripLeading();
        return head.indexOf('\0') < 0 && !start.startsWith("{") && !start.startsWith("%PDF-");
    }

    private static boolean isCertificate(Path file) throws IOException {
        if (Files.size(file) > HEAD) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            CertificateFactory.getInstance("X.509").generateCertificate(in);
            return true;
        } catch (CertificateException e) {
            return false;
        }
    }
}
