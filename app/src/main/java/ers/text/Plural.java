package ers.text;

import java.util.List;

/** Counts in words: "1 unit", "2 units", "1 criterion", "3 criteria", never "1 units". */
public final class Plural {

    private Plural() {
    }

    /** {@code n} and the noun, singular where it is one; the plural adds "s". */
    public static String of(long n, String singular) {
        return of(n, singular, singular + "s");
    }

    public static String of(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    public static String criteria(long n) {
        return of(n, "criterion", "criteria");
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    public static String inList(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
