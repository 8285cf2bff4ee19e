package ers.portfolio.edit;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import java.util.ArrayList;
import java.util.List;

/** Ticks ({@code covered}) or unticks one criterion for one evidence row. */
public record SetCriterion(String unitId, String rowId, String criterion, boolean covered) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        if (Units.unit(portfolio, unitId).spec().criterion(criterion).isEmpty()) {
            throw new EditRefused("unit " + unitId + " has no criterion " + criterion);
        }
        return Units.updateRow(portfolio, unitId, rowId, row -> {
            List<String> criteria = new ArrayList<>(row.criteria());
            criteria.remove(criterion);
            if (covered) {
                criteria.add(criterion);
            }
            return row.withCriteria(criteria);
        });
    }

    @Override
    public String description() {
        return (covered ? "tick " : "untick ") + criterion;
    }
}
