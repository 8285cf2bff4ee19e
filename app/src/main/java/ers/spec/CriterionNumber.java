package ers.spec;

import java.util.Comparator;
import java.util.List;

/**
 * A criterion number such as {@code 1.10}, ordered numerically: {@code 1.9 < 1.10 < 2.1}.
 */
public record CriterionNumber(int outcome, int index) implements Comparable<CriterionNumber> {

    /** Orders criterion numbers given as strings, numerically; unparsable ones sort last. */
    public static final Comparator<String> ORDER = Comparator.comparing(
            CriterionNumber::parseOrNull, Comparator.nullsLast(Comparator.naturalOrder()));

    /**
     * The numbers in {@link #ORDER} without repeats, as an unmodifiable list; a list already so
     * is returned as it is (a row is remade on every edit and every open).
     */
    public static List<String> inOrder(List<String> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            if (ORDER.compare(numbers.get(i - 1), numbers.get(i)) >= 0) {
                return numbers.stream().distinct().sorted(ORDER).toList();
            }
        }
        return List.copyOf(numbers);
    }

    public static CriterionNumber parse(String text) {
        CriterionNumber n = parseOrNull(text);
        if (n == null) {
            throw new IllegalArgumentException("not a criterion number: " + text);
        }
        return n;
    }

    /**
     * {@code [1-9][0-9]{0,3}.[1-9][0-9]{0,3}}, parsed by hand: rows sort their criteria with this
     * every time one is made, thousands of times as a portfolio opens.
     */
    static CriterionNumber parseOrNull(String text) {
        int dot = text == null ? -1 : text.indexOf('.');
        if (dot < 0) {
            return null;
        }
        int outcome = part(text, 0, dot);
        int index = part(text, dot + 1, text.length());
        return outcome < 0 || index < 0 ? null : new CriterionNumber(outcome, index);
    }

    /** The number of 1 to 4 digits, not starting with 0, from {@code from} to {@code to}; -1 if it is not one. */
    private static int part(String text, int from, int to) {
        if (to - from < 1 || to - from > 4 || text.charAt(from) == '0') {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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
