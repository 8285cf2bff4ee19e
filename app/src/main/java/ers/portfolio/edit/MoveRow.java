package ers.portfolio.edit;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;

/** Moves an evidence row up ({@code -1}) or down ({@code +1}); the sheet prints rows in this order. */
public record MoveRow(String unitId, String rowId, int offset) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        return Units.updateRows(portfolio, unitId, rows -> {
            int from = Units.indexOf(rows, rowId);
            int to = from + offset;
            if (to < 0 || to >= rows.size()) {
                throw new EditRefused("the row cannot move past the " + (to < 0 ? "top" : "bottom"));
            }
            EvidenceRow row = rows.remove(from);
            rows.add(to, row);
            return rows;
        });
    }

    /** Whether the move would stay inside the unit's rows, so a menu item can be disabled when not. */
    public boolean appliesTo(Portfolio portfolio) {
        try {
            var rows = Units.unit(portfolio, unitId).evidence();
            int to = Units.indexOf(rows, rowId) + offset;
            return to >= 0 && to < rows.size();
        } catch (EditRefused noSuchRow) {
            return false;
        }
    }

    @Override
    public String description() {
        return offset < 0 ? "move row up" : "move row down";
    }
}
