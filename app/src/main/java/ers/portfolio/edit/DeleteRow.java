package ers.portfolio.edit;

import ers.portfolio.Portfolio;

/** Removes an evidence row; Undo brings it back where it was. */
public record DeleteRow(String unitId, String rowId) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) {
        return Units.updateRows(portfolio, unitId, rows -> {
            rows.remove(Units.indexOf(rows, rowId));
            return rows;
        });
    }

    @Override
    public String description() {
        return "delete evidence row";
    }
}
