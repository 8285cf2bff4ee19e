package ers.portfolio.edit;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Finding and replacing one unit or one row inside an immutable portfolio. */
final class Units {

    private Units() {
    }

    static PortfolioUnit unit(Portfolio portfolio, String unitId) {
        return portfolio.unit(unitId)
                .orElseThrow(() -> new IllegalArgumentException("the portfolio has no unit " + unitId));
    }

    static Portfolio updateUnit(Portfolio portfolio, String unitId, UnaryOperator<PortfolioUnit> change) {
        unit(portfolio, unitId);
        return portfolio.withUnits(portfolio.units().stream()
                .map(u -> u.spec().id().equals(unitId) ? change.apply(u) : u)
                .toList());
    }

    static Portfolio updateRows(Portfolio portfolio, String unitId, UnaryOperator<List<EvidenceRow>> change) {
        return updateUnit(portfolio, unitId, u -> u.withEvidence(change.apply(new ArrayList<>(u.evidence()))));
    }

    static int indexOf(List<EvidenceRow> rows, String rowId) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(rowId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the unit has no evidence row " + rowId);
    }

    static EvidenceRow row(Portfolio portfolio, String unitId, String rowId) {
        List<EvidenceRow> rows = unit(portfolio, unitId).evidence();
        return rows.get(indexOf(rows, rowId));
    }

    static Portfolio updateRow(Portfolio portfolio, String unitId, String rowId, UnaryOperator<EvidenceRow> change) {
        return updateRows(portfolio, unitId, rows -> {
            int i = indexOf(rows, rowId);
            rows.set(i, change.apply(rows.get(i)));
            return rows;
        });
    }
}
