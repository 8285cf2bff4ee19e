package ers.portfolio.seal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON value in the one form a seal's digest is taken over, so that equal values always
 * give equal bytes, whatever the file's layout, key order or Unicode composition:
 * <ul>
 *   <li>UTF-8, no whitespace between tokens;</li>
 *   <li>object members sorted by key, comparing UTF-16 code units (as RFC 8785 does); members whose
 *       value is null are left out, so an absent field and a null one are the same value;</li>
 *   <li>every string and key in Unicode NFC; a string escapes only {@code "}, {@code \}, control
 *       characters ({@code \b \t \n \f \r}, others as <code>&#92;u00xx</code>) and unpaired surrogates
 *       (<code>&#92;udxxx</code>); everything else is written as itself;</li>
 *   <li>numbers as the exact decimal value of the stored number, without exponent, without
 *       trailing zeros and without a trailing point ({@code 3}, {@code 0.5}, {@code -12.25}),
 *       so that no floating-point printing routine of any platform decides a digest.</li>
 * </ul>
 */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static byte[] bytes(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode value, StringBuilder out) {
        switch (value.getNodeType()) {
            case OBJECT -> writeObject(value, out);
            case ARRAY -> writeArray(value, out);
            case STRING -> writeString(value.textValue(), out);
            case NUMBER -> out.append(number(value));
            case BOOLEAN -> out.append(value.booleanValue());
            case NULL, MISSING -> out.append("null");
            default -> throw new IllegalArgumentException("no canonical form for a " + value.getNodeType() + " value");
        }
    }

    private static void writeObject(JsonNode object, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : object.properties()) {
            if (!member.getValue().isNull() && !member.getValue().isMissingNode()) {
                members.add(Map.entry(nfc(member.getKey()), member.getValue()));
            }
        }
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(members.get(i).getKey(), out);
            out.append(':');
            write(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    private static void writeArray(JsonNode array, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < array.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(array.get(i), out);
        }
        out.append(']');
    }

    private static String number(JsonNode value) {
        BigDecimal exact = value.isFloatingPointNumber() && !value.isBigDecimal()
                ? new BigDecimal(value.doubleValue())
                : value.decimalValue();
        if (exact.signum() == 0) {
            return "0";
        }
        return exact.stripTrailingZeros().toPlainString();
    }

    private static void writeString(String raw, StringBuilder out) {
        String text = nfc(raw);
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || isUnpairedSurrogate(text, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isUnpairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
