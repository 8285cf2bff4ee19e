package ers.portfolio.edit;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;

/**
 * Moves an evidence row to another place on its sheet in one step, as dragging it does:
 * {@code to} is the row's index once moved.
 */
public record MoveRowTo(String unitId, String rowId, int to) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        return Units.updateRows(portfolio, unitId, rows -> {
            int from = Units.indexOf(rows, rowId);
            if (to < 0 || to >= rows.size()) {
                throw new EditRefused("the sheet has no place " + (to + 1) + " for the row");
            }
            EvidenceRow row = rows.remove(from);
            rows.add(to, row);
            return rows;
        });
    }

    @Override
    public String description() {
        return "move row to place " + (to + 1);
    }
}
