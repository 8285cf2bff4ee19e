package ers.spec;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The level of a unit: 1 to 8, or Entry level 1 to 3. In the file a numbered level is the whole
 * number ({@code 3}), as it always was, and an Entry level the string {@code "E1"} to {@code "E3"}.
 *
 * @param entry true for Entry level, whose {@code number} is then 1 to 3
 */
public record Level(boolean entry, int number) {

    private static final Pattern PRINTED = Pattern.compile(
            "(?i)(?:level\\s*)?(?:(e|entry)(?:\\s*level)?\\s*)?([1-8])");

    public Level {
        if (number < 1 || number > (entry ? 3 : 8)) {
            throw new IllegalArgumentException(entry ? "Entry level is 1 to 3" : "a level is 1 to 8");
        }
    }

    public static Level of(int number) {
        return new Level(false, number);
    }

    public static Level entryLevel(int number) {
        return new Level(true, number);
    }

    /** Reads the file's value: a whole number or "E1" to "E3" (the schema has checked which). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Level fromJson(Object value) {
        if (value instanceof Number n) {
            return of(n.intValue());
        }
        return parse(String.valueOf(value)).orElseThrow(
                () -> new IllegalArgumentException("not a level: " + value));
    }

    /** A level as specifications print it: {@code 3}, {@code Level 3}, {@code E2}, {@code Entry 3}, {@code Entry level 1}. */
    public static Optional<Level> parse(String printed) {
        Matcher m = PRINTED.matcher(printed.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(m.group(2));
        boolean entry = m.group(1) != null;
        return entry && number > 3 ? Optional.empty() : Optional.of(new Level(entry, number));
    }

    @JsonValue
    Object json() {
        return entry ? "E" + number : (Object) number;
    }

    /** {@code 3} or {@code Entry 3}, as a sentence names it after the word "level". */
    @Override
    public String toString() {
        return entry ? "Entry " + number : String.valueOf(number);
    }
}
