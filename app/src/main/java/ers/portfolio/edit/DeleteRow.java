package ers.portfolio.edit;

import ers.portfolio.Portfolio;
import ers.text.Plural;
import java.util.List;

/**
 * Takes evidence rows off one sheet in one edit; an item stays on the other sheets that list it,
 * and goes from the portfolio when no sheet lists it any more. Undo brings them back where they were.
 */
public record DeleteRow(String unitId, List<String> rowIds) implements Edit {

    public DeleteRow {
        rowIds = List.copyOf(rowIds);
        if (rowIds.isEmpty()) {
            throw new IllegalArgumentException("no rows to delete");
        }
    }

    public DeleteRow(String unitId, String rowId) {
        this(unitId, List.of(rowId));
    }

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        Portfolio after = Units.updateRows(portfolio, unitId, rows -> {
            for (String rowId : rowIds) {
                rows.remove(Units.indexOf(rows, rowId));
            }
            return rows;
        });
        List<String> gone = rowIds.stream().filter(id -> after.unitsListing(id).isEmpty()).toList();
        if (gone.isEmpty()) {
            return after;
        }
        return after.withEvidence(after.evidence().stream().filter(i -> !gone.contains(i.id())).toList(), after.units());
    }

    /** Each item stays on the other sheets that list it; the status line says which. */
    @Override
    public String alsoChanged(Portfolio before) {
        StringBuilder stays = new StringBuilder();
        for (String rowId : rowIds) {
            List<String> others = before.sharedWith(unitId).getOrDefault(rowId, List.of());
            if (!others.isEmpty()) {
                stays.append(' ').append(Units.referenceOf(before, unitId, rowId)).append(" stays on the ")
                        .append(others.size() == 1 ? "sheet" : "sheets").append(" of ").append(Plural.inList(others))
                        .append('.');
            }
        }
        return stays.toString();
    }

    @Override
    public String description() {
        return rowIds.size() == 1 ? "delete evidence row" : "delete " + Plural.of(rowIds.size(), "evidence row");
    }
}
