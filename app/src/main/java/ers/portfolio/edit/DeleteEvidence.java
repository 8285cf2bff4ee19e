package ers.portfolio.edit;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.text.Plural;
import java.util.List;

/** Removes an evidence item from the portfolio and from every sheet that lists it; Undo brings it all back. */
public record DeleteEvidence(String itemId) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) {
        if (portfolio.item(itemId).isEmpty()) {
            throw new IllegalArgumentException("the portfolio has no evidence " + itemId);
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
    public String alsoChanged(Portfolio before) {
        return before.unitsListing(itemId).isEmpty() ? ""
                : " " + before.item(itemId).map(i -> i.reference()).orElse("It") + " is off the " + sheets(before, itemId) + ".";
    }

    /** {@code sheet of B13} or {@code sheets of B13, B14 and B15}: where the item is, to name before it goes. */
    public static String sheets(Portfolio portfolio, String itemId) {
        List<String> units = portfolio.unitsListing(itemId).stream().map(u -> u.spec().code()).toList();
        return (units.size() == 1 ? "sheet of " : "sheets of ") + Plural.inList(units);
    }

    @Override
    public String description() {
        return "delete evidence";
    }
}
