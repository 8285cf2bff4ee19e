package ers.json;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the JSON parser found wrong, said in plain words. The parser's own messages are written
 * for programmers ("Unrecognized token", "was expecting double-quote to start field name") and
 * never reach a user; a message this class does not know is said as "not valid JSON here".
 */
final class SyntaxWords {

    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token '(.*?)'");
    private static final Pattern CHARACTER = Pattern.compile("^Unexpected character \\('(.+?)' \\(code \\d+\\)\\)");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '(.*?)'");
    private static final Pattern CONTROL = Pattern.compile("^Illegal (unquoted )?character \\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern BAD_BYTE = Pattern.compile("^Invalid UTF-8 start byte (0x[0-9a-fA-F]+)");
    /** The parser names the byte after a cut-short character, which is not the one at fault. */
    private static final Pattern CUT_SHORT = Pattern.compile("^Invalid UTF-8 middle byte");
    /** NaN, Infinity and the like, which some programs write for a number they could not work out. */
    private static final Pattern NOT_A_NUMBER = Pattern.compile("^Non-standard token '(.*?)'");

    private SyntaxWords() {
    }

    static String plain(String message) {
        Matcher m;
        if ((m = TOKEN.matcher(message)).find()) {
            return "not valid JSON: \"" + shortened(m.group(1)) + "\" stands where a value should be "
                    + "(words are written in double quotes; a document starts with { or [)";
        }
        if ((m = CHARACTER.matcher(message)).find()) {
            return "not valid JSON: " + unexpected(m.group(1), message);
        }
        if ((m = CLOSE.matcher(message)).find()) {
            return "not valid JSON: \"" + m.group(1) + "\" closes " + ("]".equals(m.group(1)) ? "a list" : "an object")
                    + " that was never opened, or closes the wrong one";
        }
        if ((m = DUPLICATE.matcher(message)).find()) {
            return "not valid JSON: the field \"" + m.group(1) + "\" is given twice in the same place";
        }
        if ((m = CONTROL.matcher(message)).find()) {
            return m.group(1) != null && ("10".equals(m.group(2)) || "13".equals(m.group(2)))
                    ? "not valid JSON: a line break inside words in double quotes (write it as \\n)"
                    : "the file holds a character no text file has (code " + m.group(2) + "); it may not be a text file";
        }
        if ((m = BAD_BYTE.matcher(message)).find()) {
            return "the file is not saved as UTF-8 text (it holds the byte " + m.group(1).toLowerCase(java.util.Locale.ROOT)
                    + ", which UTF-8 text never has there); save it as UTF-8 and try again";
        }
        if (CUT_SHORT.matcher(message).find()) {
            return "the file is not saved as UTF-8 text (a character there is written in another encoding);"
                    + " save it as UTF-8 and try again";
        }
        if ((m = NOT_A_NUMBER.matcher(message)).find()) {
            return "not valid JSON: \"" + m.group(1) + "\" is not a number a file can hold; write a number, or leave the field out";
        }
        if (message.startsWith("Invalid numeric value: Leading zeroes")) {
            return "not valid JSON: a number starts with 0 (write 7, not 07)";
        }
        if (message.startsWith("Unrecognized character escape")) {
            return "not valid JSON: a backslash in words in double quotes is followed by a letter it cannot escape "
                    + "(write a backslash itself as \\\\)";
        }
        return "not valid JSON here";
    }

    private static String unexpected(String character, String message) {
        String shown = "\"".equals(character) ? "a double quote" : "\"" + character + "\"";
        if (message.contains("double-quote to start field name")) {
            return "}".equals(character) ? "a comma is followed by no field (remove the last comma before })"
                    : "a field name must be written in double quotes, but " + shown + " was found";
        }
        if (message.contains("comma to separate Object entries")) {
            return "a comma is missing between two fields (" + shown + " follows a value)";
        }
        if (message.contains("comma to separate Array entries")) {
            return "a comma is missing between two values of a list (" + shown + " follows a value)";
        }
        if (message.contains("colon to separate field name and value")) {
            return "a colon (:) must follow the field name, but " + shown + " was found";
        }
        if ("]".equals(character)) {
            return "a comma is followed by no value (remove the last comma before ])";
        }
        if (message.contains("numeric value")) {
            return "a number is written wrongly (" + shown + " inside it)";
        }
        return shown + " cannot start a value here (words are written in double quotes)";
    }

    private static String shortened(String token) {
        return token.length() > 30 ? token.substring(0, 30) + "…" : token;
    }
}
