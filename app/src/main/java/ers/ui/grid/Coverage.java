package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import ers.portfolio.PortfolioUnit;
import ers.spec.Criterion;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * How many evidence rows cover each criterion of the unit shown: the grid's totals row and its
 * filter read these counts, so what they show never depends on the text of a label.
 */
final class Coverage {

    private final Map<String, ReadOnlyIntegerWrapper> counts = new LinkedHashMap<>();

    /** Starts over for another unit's criteria, all uncovered until {@link #update} counts them. */
    void reset(List<Criterion> criteria) {
        counts.clear();
        criteria.forEach(c -> counts.put(c.number(), new ReadOnlyIntegerWrapper(this, c.number())));
    }

    /** Counts the unit's rows again; only the criteria whose count changed notify their listeners. */
    void update(PortfolioUnit unit) {
        Map<String, Integer> tally = new HashMap<>();
        for (EvidenceRow row : unit.evidence()) {
            row.criteria().forEach(c -> tally.merge(c, 1, Integer::sum));
        }
        counts.forEach((number, count) -> count.set(tally.getOrDefault(number, 0)));
    }

    ReadOnlyIntegerProperty count(String number) {
        return counts.get(number).getReadOnlyProperty();
    }

    boolean isCovered(String number) {
        ReadOnlyIntegerWrapper count = counts.get(number);
        return count != null && count.get() > 0;
    }
}
