package ers.portfolio.edit;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.text.Plural;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves evidence rows one place up ({@code -1}) or down ({@code +1}) in one edit; the sheet
 * prints rows in this order. Rows apart each move and keep their order; a row at the edge, or
 * held by a moving row stopped there, stays where it is.
 */
public record MoveRow(String unitId, List<String> rowIds, int offset) implements Edit {

    public MoveRow {
        rowIds = List.copyOf(rowIds);
        if (rowIds.isEmpty() || Math.abs(offset) != 1) {
            throw new IllegalArgumentException("rows move one place up or down");
        }
    }

    public MoveRow(String unitId, String rowId, int offset) {
        this(unitId, List.of(rowId), offset);
    }

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        return Units.updateRows(portfolio, unitId, rows -> {
            List<EvidenceRow> moved = moved(rows);
            if (moved.equals(rows)) {
                throw new EditRefused((rowIds.size() == 1 ? "the row" : "the rows") + " cannot move past the "
                        + (offset < 0 ? "top" : "bottom"));
            }
            return moved;
        });
    }

    /** Whether any row would move, so a menu item can be disabled when none would. */
    public boolean appliesTo(Portfolio portfolio) {
        try {
            List<EvidenceRow> rows = Units.unit(portfolio, unitId).evidence();
            return !moved(rows).equals(rows);
        } catch (EditRefused noSuchRow) {
            return false;
        }
    }

    /**
     * Each moving row swaps with the row beyond it unless that one moves too and could not: taken
     * from the edge it moves towards, a block stopped at the edge holds the rows behind it.
     */
    private List<EvidenceRow> moved(List<EvidenceRow> rows) throws EditRefused {
        Set<String> moving = new HashSet<>(rowIds);
        for (String id : rowIds) {
            Units.indexOf(rows, id);
        }
        List<EvidenceRow> order = new ArrayList<>(rows);
        boolean up = offset < 0;
        Set<String> stuck = new HashSet<>();
        for (int n = 0; n < order.size(); n++) {
            int i = up ? n : order.size() - 1 - n;
            EvidenceRow row = order.get(i);
            if (!moving.contains(row.id())) {
                continue;
            }
            int to = i + offset;
            if (to < 0 || to >= order.size() || stuck.contains(order.get(to).id())) {
                stuck.add(row.id());
                continue;
            }
            order.set(i, order.get(to));
            order.set(to, row);
        }
        return order;
    }

    @Override
    public String description() {
        String rows = rowIds.size() == 1 ? "row" : Plural.of(rowIds.size(), "row");
        return "move " + rows + (offset < 0 ? " up" : " down");
    }
}
