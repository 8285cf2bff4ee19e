package ers.portfolio.edit;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import java.util.List;

/**
 * Copies an evidence row, ticks and all, just below it with a new id and the next free
 * reference: the usual start for evidence much like an earlier piece.
 */
public record DuplicateRow(String unitId, String rowId, String newId) implements Edit {

    public static DuplicateRow of(String unitId, String rowId) {
        return new DuplicateRow(unitId, rowId, AddRow.newId());
    }

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        return Units.updateRows(portfolio, unitId, rows -> {
            int i = Units.indexOf(rows, rowId);
            EvidenceRow source = rows.get(i);
            rows.add(i + 1, new EvidenceRow(newId, References.next(portfolio), source.title(),
                    source.methods(), source.date(), source.location(), source.notes(), source.criteria()));
            return rows;
        });
    }

    @Override
    public String description() {
        return "duplicate evidence row";
    }
}
