package ers.spec;

import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * A criterion number such as {@code 1.10}, ordered numerically: {@code 1.9 < 1.10 < 2.1}.
 */
public record CriterionNumber(int outcome, int index) implements Comparable<CriterionNumber> {

    /** Orders criterion numbers given as strings, numerically; unparsable ones sort last. */
    public static final Comparator<String> ORDER = Comparator.comparing(
            CriterionNumber::parseOrNull, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Compiled once: numbers are parsed for every row and sort of every unit read. */
    private static final Pattern FORM = Pattern.compile("[1-9][0-9]{0,3}\\.[1-9][0-9]{0,3}");

    public static CriterionNumber parse(String text) {
        CriterionNumber n = parseOrNull(text);
        if (n == null) {
            throw new IllegalArgumentException("not a criterion number: " + text);
        }
        return n;
    }

    static CriterionNumber parseOrNull(String text) {
        if (text == null || !FORM.matcher(text).matches()) {
            return null;
        }
        int dot = text.indexOf('.');
        return new CriterionNumber(Integer.parseInt(text.substring(0, dot)),
                Integer.parseInt(text.substring(dot + 1)));
    }

    @Override
    public int compareTo(CriterionNumber other) {
        int byOutcome = Integer.compare(outcome, other.outcome);
        return byOutcome != 0 ? byOutcome : Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
        return outcome + "." + index;
    }
}
