package ers.portfolio.edit;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;

/** Removes an evidence item from the portfolio and from every sheet that lists it; Undo brings it all back. */
public record DeleteEvidence(String itemId) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        if (portfolio.item(itemId).isEmpty()) {
            throw new EditRefused("the portfolio has no evidence " + itemId);
        }
        return portfolio.withEvidence(
                portfolio.evidence().stream().filter(i -> !i.id().equals(itemId)).toList(),
                portfolio.units().stream().map(this::without).toList());
    }

    private PortfolioUnit without(PortfolioUnit unit) {
        return unit.row(itemId).isEmpty() ? unit
                : unit.withEvidence(unit.evidence().stream().filter(r -> !r.id().equals(itemId)).toList());
    }

    @Override
    public String description() {
        return "delete evidence";
    }
}
