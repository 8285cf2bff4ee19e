package ers.portfolio.edit;

import ers.portfolio.EvidenceItem;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.text.Plural;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Items that are one piece of evidence filed more than once. Format 1 kept evidence per sheet,
 * so an observation covering three units was typed three times; the upgrade keeps each copy as an
 * item of its own (no seal changes), and these are the ones to offer to merge.
 */
public final class SameEvidence {

    private SameEvidence() {
    }

    /**
     * Items with the same reference and the same title (ignoring case and spacing), in groups of
     * two or more in portfolio order: most likely the same evidence typed again on another sheet.
     * The same reference over different titles is left alone: format 1 numbered each unit from E1.
     */
    public static List<List<EvidenceItem>> typedAgain(Portfolio portfolio) {
        Map<String, List<EvidenceItem>> groups = new LinkedHashMap<>();
        for (EvidenceItem item : portfolio.evidence()) {
            String key = References.key(item.reference()) + "\n" + words(item.title());
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        return groups.values().stream().filter(g -> g.size() > 1 && !g.get(0).reference().isBlank()).toList();
    }

    /** The other items with {@code item}'s reference, whatever their titles, in portfolio order. */
    public static List<EvidenceItem> sameReference(Portfolio portfolio, EvidenceItem item) {
        String key = References.key(item.reference());
        return portfolio.evidence().stream()
                .filter(i -> !i.id().equals(item.id()) && !key.isEmpty() && References.key(i.reference()).equals(key))
                .toList();
    }

    /** One line for each group: {@code E3 “Observation of the team briefing”, on B13 and B14}. */
    public static String describe(Portfolio portfolio, List<List<EvidenceItem>> groups) {
        StringBuilder text = new StringBuilder();
        for (List<EvidenceItem> group : groups) {
            List<String> units = new ArrayList<>();
            for (EvidenceItem item : group) {
                for (PortfolioUnit unit : portfolio.unitsListing(item.id())) {
                    if (!units.contains(unit.spec().code())) {
                        units.add(unit.spec().code());
                    }
                }
            }
            text.append("\n\u2022 ").append(group.get(0).reference()).append(" \u201c").append(group.get(0).title())
                    .append("\u201d, ").append(Plural.of(group.size(), "copy", "copies")).append(" on ")
                    .append(Plural.inList(units));
        }
        return text.toString();
    }

    private static String words(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
