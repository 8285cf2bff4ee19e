package ers.portfolio.edit;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.text.Plural;
import java.util.List;

/**
 * Copies evidence rows, ticks and all, each just below itself with a new id and the next free
 * reference, in one edit: the usual start for evidence much like earlier pieces.
 *
 * @param newIds the copies' ids, one for each of {@code rowIds} in the same order
 */
public record DuplicateRow(String unitId, List<String> rowIds, List<String> newIds) implements Edit {

    public DuplicateRow {
        rowIds = List.copyOf(rowIds);
        newIds = List.copyOf(newIds);
        if (rowIds.isEmpty() || rowIds.size() != newIds.size()) {
            throw new IllegalArgumentException("one new id is needed for each row copied");
        }
    }

    public DuplicateRow(String unitId, String rowId, String newId) {
        this(unitId, List.of(rowId), List.of(newId));
    }

    public static DuplicateRow of(String unitId, List<String> rowIds) {
        return new DuplicateRow(unitId, rowIds, rowIds.stream().map(id -> AddRow.newId()).toList());
    }

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        Portfolio next = portfolio;
        for (int n = 0; n < rowIds.size(); n++) {
            String rowId = rowIds.get(n);
            String newId = newIds.get(n);
            // Each copy takes the next reference free once the copies before it are made.
            String reference = References.next(next);
            next = Units.updateRows(next, unitId, rows -> {
                int i = Units.indexOf(rows, rowId);
                EvidenceRow source = rows.get(i);
                rows.add(i + 1, new EvidenceRow(newId, reference, source.title(),
                        source.methods(), source.date(), source.location(), source.notes(), source.criteria()));
                return rows;
            });
        }
        return next;
    }

    @Override
    public String description() {
        return rowIds.size() == 1 ? "duplicate evidence row" : "duplicate " + Plural.of(rowIds.size(), "evidence row");
    }
}
