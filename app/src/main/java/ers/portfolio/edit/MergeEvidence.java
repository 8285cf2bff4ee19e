package ers.portfolio.edit;

import ers.portfolio.EvidenceItem;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes two items that are the same piece of evidence one: every sheet that listed {@code dropId}
 * lists {@code keepId} in its place with the same ticks (joined with the kept item's where a sheet
 * listed both), and {@code dropId} goes from the portfolio.
 */
public record MergeEvidence(String keepId, String dropId) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) {
        EvidenceItem keep = portfolio.item(keepId)
                .orElseThrow(() -> new IllegalArgumentException("the portfolio has no evidence " + keepId));
        portfolio.item(dropId).orElseThrow(() -> new IllegalArgumentException("the portfolio has no evidence " + dropId));
        if (keepId.equals(dropId)) {
            throw new IllegalArgumentException("an item cannot be merged with itself");
        }
        List<PortfolioUnit> units = portfolio.units().stream().map(u -> merged(u, keep)).toList();
        return portfolio.withEvidence(portfolio.evidence().stream().filter(i -> !i.id().equals(dropId)).toList(), units);
    }

    private PortfolioUnit merged(PortfolioUnit unit, EvidenceItem keep) {
        var dropped = unit.row(dropId);
        if (dropped.isEmpty()) {
            return unit;
        }
        List<EvidenceRow> rows = new ArrayList<>(unit.evidence());
        int at = rows.indexOf(dropped.get());
        var kept = unit.row(keepId);
        if (kept.isPresent()) {
            List<String> both = new ArrayList<>(kept.get().criteria());
            both.addAll(dropped.get().criteria());
            rows.set(rows.indexOf(kept.get()), kept.get().withCriteria(both));
            rows.remove(at);
        } else {
            // The row keeps its id on this sheet, so where the two items read the same no seal changes.
            rows.set(at, EvidenceRow.of(keep, dropped.get().criteria(), dropped.get().rowId()));
        }
        return unit.withEvidence(rows);
    }

    @Override
    public String description() {
        return "merge evidence";
    }
}
