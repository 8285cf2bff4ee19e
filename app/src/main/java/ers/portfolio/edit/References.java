package ers.portfolio.edit;

import ers.portfolio.EvidenceRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Evidence references: the next one to suggest, and those used twice in a unit. */
public final class References {

    private static final Pattern NUMBERED = Pattern.compile("E(\\d{1,6})", Pattern.CASE_INSENSITIVE);

    private References() {
    }

    /** {@code E} and one more than the highest {@code E<n>} so far; {@code E1} for the first. */
    public static String next(List<EvidenceRow> rows) {
        int highest = 0;
        for (EvidenceRow row : rows) {
            Matcher m = NUMBERED.matcher(row.reference().strip());
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return "E" + (highest + 1);
    }

    /** References that more than one row carries (compared ignoring case and surrounding spaces). */
    public static Set<String> duplicates(List<EvidenceRow> rows) {
        Map<String, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(key(r.reference()), 1, Integer::sum));
        Set<String> twice = new TreeSet<>();
        counts.forEach((reference, n) -> {
            if (n > 1 && !reference.isEmpty()) {
                twice.add(reference);
            }
        });
        return twice;
    }

    public static boolean isDuplicate(Set<String> duplicates, String reference) {
        return duplicates.contains(key(reference));
    }

    private static String key(String reference) {
        return reference.strip().toUpperCase();
    }
}
