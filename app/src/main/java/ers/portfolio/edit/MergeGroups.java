package ers.portfolio.edit;

import ers.portfolio.EvidenceItem;
import ers.portfolio.Portfolio;
import ers.text.Plural;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges each group of items into its first, as one edit (one Undo): every sheet that listed a
 * copy lists the first item in its place, with the ticks it had (see {@link MergeEvidence}).
 */
public record MergeGroups(List<List<String>> groups) implements Edit {

    public MergeGroups {
        groups = groups.stream().map(List::copyOf).toList();
        if (groups.stream().anyMatch(g -> g.size() < 2)) {
            throw new IllegalArgumentException("a merge needs two items or more");
        }
    }

    /** The items of each group by id, the first kept. */
    public static MergeGroups of(List<List<EvidenceItem>> groups) {
        return new MergeGroups(groups.stream().map(g -> g.stream().map(EvidenceItem::id).toList()).toList());
    }

    @Override
    public Portfolio applyTo(Portfolio portfolio) {
        Portfolio merged = portfolio;
        for (List<String> group : groups) {
            for (String drop : group.subList(1, group.size())) {
                merged = new MergeEvidence(group.get(0), drop).applyTo(merged);
            }
        }
        return merged;
    }

    @Override
    public String alsoChanged(Portfolio before) {
        if (groups.size() > 1) {
            return " Each is one item now, on every sheet that listed a copy.";
        }
        List<String> units = new ArrayList<>();
        for (String id : groups.get(0)) {
            before.unitsListing(id).forEach(u -> units.add(u.spec().code()));
        }
        return " " + before.item(groups.get(0).get(0)).map(EvidenceItem::reference).orElse("It")
                + " is one item now, on the sheets of " + Plural.inList(units.stream().distinct().toList()) + ".";
    }

    @Override
    public String description() {
        return groups.size() == 1 ? "merge evidence" : "merge " + groups.size() + " pieces of evidence";
    }
}
