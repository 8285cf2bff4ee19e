package ers.json;

/**
 * Text from a file, or a file's name, made safe to print in a one-line message: a line break
 * would split a {@code FILE:LINE:COLUMN: message} line in two, and a bidirectional control
 * (U+202E and its kin) would make the terminal show the line's parts in another order. Such
 * characters are written as escapes ({@code \n}, {@code \u202E}) that show what is there.
 */
public final class Printable {

    private Printable() {
    }

    /** Text echoed from a file, with control, format and separator characters escaped. */
    public static String text(String text) {
        if (text == null || isPlain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (!isUnsafe(c)) {
                out.appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append(String.format("\\u%04X", c));
            }
        });
        return out.toString();
    }

    /**
     * A file's name as a message starts with it: as it is when it holds nothing unsafe (so that
     * editors still jump to {@code FILE:LINE:COLUMN}), else in double quotes with the escapes.
     */
    public static String name(String name) {
        return isPlain(name) ? name : "\"" + text(name).replace("\"", "\\\"") + "\"";
    }

    private static boolean isPlain(String text) {
        return text.codePoints().noneMatch(Printable::isUnsafe);
    }

    private static boolean isUnsafe(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
