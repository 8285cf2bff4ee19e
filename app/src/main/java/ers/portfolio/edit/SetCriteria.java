package ers.portfolio.edit;

import ers.portfolio.Portfolio;
import ers.spec.CriterionNumber;
import ers.text.Plural;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ticks ({@code covered}) or unticks several cells of one unit's sheet at once: one criterion
 * for several rows, or a block of rows by criteria. It is one edit, so one Undo takes it all back
 * and a signature it would void is asked about once.
 *
 * @param cells the criteria to set, by row id
 */
public record SetCriteria(String unitId, Map<String, Set<String>> cells, boolean covered) implements Edit {

    public SetCriteria {
        cells = Map.copyOf(cells);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("no cells to set");
        }
    }

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        var spec = Units.unit(portfolio, unitId).spec();
        Portfolio next = portfolio;
        for (var entry : cells.entrySet()) {
            for (String criterion : entry.getValue()) {
                if (spec.criterion(criterion).isEmpty()) {
                    throw new EditRefused("unit " + unitId + " has no criterion " + criterion);
                }
            }
            next = Units.updateRow(next, unitId, entry.getKey(), row -> {
                List<String> criteria = new ArrayList<>(row.criteria());
                criteria.removeAll(entry.getValue());
                if (covered) {
                    criteria.addAll(entry.getValue());
                }
                return row.withCriteria(criteria);
            });
        }
        return next;
    }

    @Override
    public String description() {
        TreeSet<String> criteria = new TreeSet<>(CriterionNumber.ORDER);
        cells.values().forEach(criteria::addAll);
        String verb = covered ? "tick " : "untick ";
        String rows = Plural.of(cells.size(), "row");
        if (criteria.size() == 1) {
            return verb + criteria.first() + " for " + rows;
        }
        long count = cells.values().stream().mapToInt(Set::size).sum();
        return verb + Plural.of(count, "cell") + " (" + String.join(", ", criteria) + ") in " + rows;
    }
}
