package ers.json;

import java.util.Optional;

/**
 * Names a file that is not text at all by its first bytes: a picture, a PDF, an archive or an
 * office document renamed, or sent instead of the file meant. Saying "a PNG picture" tells the
 * user what happened; a parser's complaint about byte 0x89 does not.
 */
final class FileKind {

    private FileKind() {
    }

    private record Magic(String what, int... bytes) {
        boolean starts(byte[] file) {
            if (file.length < bytes.length) {
                return false;
            }
            for (int i = 0; i < bytes.length; i++) {
                if ((file[i] & 0xFF) != bytes[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Magic[] KNOWN = {
        new Magic("a PNG picture", 0x89, 'P', 'N', 'G'),
        new Magic("a JPEG picture", 0xFF, 0xD8, 0xFF),
        new Magic("a GIF picture", 'G', 'I', 'F', '8'),
        new Magic("a PDF document", '%', 'P', 'D', 'F'),
        new Magic("a ZIP archive (or a Word, Excel or other Office document)", 'P', 'K', 3, 4),
        new Magic("an older Word, Excel or other Office document", 0xD0, 0xCF, 0x11, 0xE0),
        new Magic("a TIFF picture", 'I', 'I', '*', 0),
        new Magic("a TIFF picture", 'M', 'M', 0, '*'),
    };

    /** What a file of another kind is, when its first bytes say. */
    static Optional<String> known(byte[] bytes) {
        for (Magic magic : KNOWN) {
            if (magic.starts(bytes)) {
                return Optional.of(magic.what());
            }
        }
        return Optional.empty();
    }

    /** A zero byte, which no UTF-8 text holds: the file is a program, a picture or the like. */
    static boolean hasZeroBytes(byte[] bytes) {
        int end = Math.min(bytes.length, 4096);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
