package ers.portfolio.edit;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import java.util.ArrayList;
import java.util.List;

/** Finding and replacing one unit or one row inside an immutable portfolio. */
final class Units {

    private Units() {
    }

    /** A change to one part of a portfolio, which may refuse. */
    @FunctionalInterface
    interface Change<T> {
        T apply(T before) throws EditRefused;
    }

    static PortfolioUnit unit(Portfolio portfolio, String unitId) throws EditRefused {
        return portfolio.unit(unitId)
                .orElseThrow(() -> new EditRefused("the portfolio has no unit " + unitId));
    }

    static Portfolio updateUnit(Portfolio portfolio, String unitId, Change<PortfolioUnit> change) throws EditRefused {
        PortfolioUnit changed = change.apply(unit(portfolio, unitId));
        return portfolio.withUnits(portfolio.units().stream()
                .map(u -> u.spec().id().equals(unitId) ? changed : u)
                .toList());
    }

    static Portfolio updateRows(Portfolio portfolio, String unitId, Change<List<EvidenceRow>> change)
            throws EditRefused {
        return updateUnit(portfolio, unitId, u -> u.withEvidence(change.apply(new ArrayList<>(u.evidence()))));
    }

    static int indexOf(List<EvidenceRow> rows, String rowId) throws EditRefused {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(rowId)) {
                return i;
            }
        }
        throw new EditRefused("the unit has no evidence row " + rowId);
    }

    static EvidenceRow row(Portfolio portfolio, String unitId, String rowId) throws EditRefused {
        List<EvidenceRow> rows = unit(portfolio, unitId).evidence();
        return rows.get(indexOf(rows, rowId));
    }

    /** The reference a row shows, for telling the user; the row id where the row is gone. */
    static String referenceOf(Portfolio portfolio, String unitId, String rowId) {
        return portfolio.unit(unitId).stream().flatMap(u -> u.evidence().stream())
                .filter(r -> r.id().equals(rowId)).map(EvidenceRow::reference).findFirst().orElse(rowId);
    }

    static Portfolio updateRow(Portfolio portfolio, String unitId, String rowId, Change<EvidenceRow> change)
            throws EditRefused {
        return updateRows(portfolio, unitId, rows -> {
            int i = indexOf(rows, rowId);
            rows.set(i, change.apply(rows.get(i)));
            return rows;
        });
    }
}
