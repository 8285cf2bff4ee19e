package ers.portfolio.edit;

import ers.portfolio.Portfolio;
import ers.text.Plural;
import java.util.List;

/**
 * Takes an evidence row off one sheet; the item stays on the other sheets that list it, and goes
 * from the portfolio when no sheet lists it any more. Undo brings it back where it was.
 */
public record DeleteRow(String unitId, String rowId) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) {
        Portfolio after = Units.updateRows(portfolio, unitId, rows -> {
            rows.remove(Units.indexOf(rows, rowId));
            return rows;
        });
        if (!after.unitsListing(rowId).isEmpty()) {
            return after;
        }
        return after.withEvidence(after.evidence().stream().filter(i -> !i.id().equals(rowId)).toList(), after.units());
    }

    /** The item stays on the other sheets that list it; the status line says which. */
    @Override
    public String alsoChanged(Portfolio before) {
        List<String> others = before.sharedWith(unitId).getOrDefault(rowId, List.of());
        return others.isEmpty() ? "" : " " + Units.row(before, unitId, rowId).reference() + " stays on the "
                + (others.size() == 1 ? "sheet" : "sheets") + " of " + Plural.inList(others) + ".";
    }

    @Override
    public String description() {
        return "delete evidence row";
    }
}
