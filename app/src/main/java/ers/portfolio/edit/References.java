package ers.portfolio.edit;

import ers.portfolio.EvidenceItem;
import ers.portfolio.Portfolio;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Evidence references: the next one to suggest, and those used by two items of the portfolio. */
public final class References {

    private static final Pattern NUMBERED = Pattern.compile("E(\\d{1,6})", Pattern.CASE_INSENSITIVE);

    private References() {
    }

    /**
     * {@code E} and one more than the highest {@code E<n>} in the portfolio's evidence so far, so
     * that references run on across units; {@code E1} for the first.
     */
    public static String next(Portfolio portfolio) {
        int highest = 0;
        for (EvidenceItem item : portfolio.evidence()) {
            Matcher m = NUMBERED.matcher(item.reference() == null ? "" : item.reference().strip());
            if (m.matches()) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return "E" + (highest + 1);
    }

    /**
     * References that more than one of these rows or items carries (compared ignoring case and
     * surrounding spaces): one reference should name one piece of evidence in the candidate's folder.
     */
    public static Set<String> duplicates(List<String> references) {
        return new TreeSet<>(sharedAt(references).keySet());
    }

    /** Each reference that more than one of these carries, by its {@link #key}, with the positions that carry it. */
    public static Map<String, List<Integer>> sharedAt(List<String> references) {
        Map<String, List<Integer>> at = new HashMap<>();
        for (int i = 0; i < references.size(); i++) {
            at.computeIfAbsent(key(references.get(i)), k -> new ArrayList<>()).add(i);
        }
        at.entrySet().removeIf(e -> e.getValue().size() < 2 || e.getKey().isEmpty());
        return at;
    }

    public static boolean isDuplicate(Set<String> duplicates, String reference) {
        return duplicates.contains(key(reference));
    }

    /** What two references are compared by: the same key, the same reference. */
    public static String key(String reference) {
        return reference.strip().toUpperCase();
    }
}
