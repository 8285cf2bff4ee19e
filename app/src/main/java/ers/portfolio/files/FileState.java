package ers.portfolio.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * A file as an editor last read or wrote it: its size, its modification time and the SHA-256 of
 * its bytes. The digest catches what size and time alone miss: a change of the same length
 * within the file system's clock tick, or a copy that kept the old time.
 */
public record FileState(long size, Instant modified, String sha256) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** The file as it is now on disk. */
    public static FileState of(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return new FileState(attributes.size(), attributes.lastModifiedTime().toInstant(),
                HexFormat.of().formatHex(digest.digest()));
    }

    /** The digest of bytes about to be written, to compare with what is on disk afterwards. */
    public static String sha256Of(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    /** What changed since {@code before}, for a user deciding whether to keep it. */
    public String changesSince(FileState before) {
        return "it was changed on " + WHEN.format(modified) + " and is now " + size + " bytes"
                + (size == before.size ? "" : " (it was " + before.size + ")")
                + (sha256.equals(before.sha256) ? "" : ", with different content");
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
