package ers.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One way to break a file as an attacker or a careless editor would: a byte flipped, a value
 * retyped, a number at a limit, a string of control characters, the text cut short.
 */
record Mutation(String what, int where, String replacement) {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]++|\\\\.)*+\"");
    private static final Pattern NUMBER = Pattern.compile("(?<=[:\\[,]\\s?)-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    private static final Pattern VALUE = Pattern.compile(
            "\"(?:[^\"\\\\]++|\\\\.)*+\"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|true|false|null");

    static final List<String> LIMITS = List.of("1e400", "-1e400", "1e308", "-0", "0", "-1", "1.5", "100001",
            "2147483648", "-2147483649", "9223372036854775808", "1" + "0".repeat(70), "4.9e-324", "NaN", "Infinity");
    static final List<String> HOSTILE_STRINGS = List.of("\"\\u0000\"", "\"1.1\\n\"", "\"ocr-f17\\n\"", "\"O\\n\"",
            "\"\\u202Eevil\\u202C\"", "\"\\uD800\"", "\"a\\r\\nb\"", "\"\\t\"", "\"" + "x".repeat(70_000) + "\"", "\"\"",
            "\"\u0085\"", "\"\\u2028\"", "\"2026-02-30\"", "\"2026-03-31\\n\"", "\"../../etc/passwd\"");
    static final List<String> RETYPED = List.of("42", "-7.25", "true", "false", "null", "[]", "{}", "\"text\"",
            "[1, 2]", "{\"a\": 1}", "[[[[[[]]]]]]");

    /** The text with this mutation made; a mutation that finds nothing to change returns the text as it was. */
    String apply(String text) {
        return switch (what) {
            case "flip" -> flip(text);
            case "truncate" -> text.substring(0, Math.floorMod(where, text.length() + 1));
            case "number" -> replaceNth(text, NUMBER, replacement);
            case "string" -> replaceNth(text, STRING, replacement);
            case "retype" -> replaceNth(text, VALUE, replacement);
            case "delete" -> deleteNth(text);
            default -> throw new IllegalArgumentException(what);
        };
    }

    private String flip(String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (bytes.length == 0) {
            return text;
        }
        int at = Math.floorMod(where, bytes.length);
        bytes[at] = (byte) replacement.charAt(0);
        return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private String replaceNth(String text, Pattern pattern, String with) {
        List<int[]> found = matches(text, pattern);
        if (found.isEmpty()) {
            return text;
        }
        int[] at = found.get(Math.floorMod(where, found.size()));
        return text.substring(0, at[0]) + with + text.substring(at[1]);
    }

    /** Removes a value and its field name, if it has one, leaving the comma: often the structure breaks. */
    private String deleteNth(String text) {
        List<int[]> found = matches(text, VALUE);
        if (found.isEmpty()) {
            return text;
        }
        int[] at = found.get(Math.floorMod(where, found.size()));
        return text.substring(0, at[0]) + text.substring(at[1]);
    }

    private static List<int[]> matches(String text, Pattern pattern) {
        List<int[]> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    static Arbitrary<Mutation> any() {
        Arbitrary<Integer> where = Arbitraries.integers().greaterOrEqual(0);
        return Arbitraries.oneOf(
                Combinators.combine(where, Arbitraries.chars().range('\u0000', '\u00ff'))
                        .as((w, c) -> new Mutation("flip", w, String.valueOf(c))),
                where.map(w -> new Mutation("truncate", w, "")),
                Combinators.combine(where, Arbitraries.of(LIMITS)).as((w, n) -> new Mutation("number", w, n)),
                Combinators.combine(where, Arbitraries.of(HOSTILE_STRINGS)).as((w, s) -> new Mutation("string", w, s)),
                Combinators.combine(where, Arbitraries.of(RETYPED)).as((w, v) -> new Mutation("retype", w, v)),
                where.map(w -> new Mutation("delete", w, "")));
    }

    @Override
    public String toString() {
        return what + "@" + where + (replacement.length() > 40 ? " " + replacement.substring(0, 40) + "..." : " " + replacement);
    }
}
