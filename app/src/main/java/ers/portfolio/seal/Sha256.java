package ers.portfolio.seal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the one digest seals and certificates are fingerprinted with. */
final class Sha256 {

    private Sha256() {
    }

    static byte[] of(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Lower-case hex, as seals store it. */
    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(of(bytes));
    }
}
