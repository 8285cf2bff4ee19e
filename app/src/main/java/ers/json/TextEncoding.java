package ers.json;

import java.util.Optional;

/**
 * Tells a file written in UTF-16 or UTF-32 from UTF-8 by its first bytes: a byte-order mark, or
 * the zero bytes those encodings put beside the ASCII character every JSON document starts with
 * (RFC 4627, section 3). The formats are UTF-8; a parser that guessed the encoding would read
 * such a file as valid, and the next tool would not.
 */
final class TextEncoding {

    private TextEncoding() {
    }

    /** The encoding the bytes are in, when it is one of the wide ones. */
    static Optional<String> wide(byte[] bytes) {
        int b0 = at(bytes, 0);
        int b1 = at(bytes, 1);
        int b2 = at(bytes, 2);
        int b3 = at(bytes, 3);
        if (b0 == 0 && b1 == 0 && (b2 == 0xFE && b3 == 0xFF || b2 == 0 && b3 > 0)) {
            return Optional.of("UTF-32");
        }
        if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 || b0 > 0 && b1 == 0 && b2 == 0 && b3 == 0) {
            return Optional.of("UTF-32");
        }
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE || b0 == 0 && b1 > 0 || b0 > 0 && b1 == 0) {
            return Optional.of("UTF-16");
        }
        return Optional.empty();
    }

    private static int at(byte[] bytes, int i) {
        return i < bytes.length ? bytes[i] & 0xFF : -1;
    }
}
