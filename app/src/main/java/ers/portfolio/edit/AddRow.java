package ers.portfolio.edit;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import java.util.List;
import java.util.UUID;

/** Inserts an evidence row at {@code index} (the end when it equals the number of rows). */
public record AddRow(String unitId, int index, EvidenceRow row) implements Edit {

    /** A blank row with a fresh id and the next suggested reference, to go at the end. */
    public static AddRow blankAtEnd(Portfolio portfolio, String unitId) {
        // A unit that has gone is refused when the edit is applied.
        int end = portfolio.unit(unitId).map(u -> u.evidence().size()).orElse(0);
        return new AddRow(unitId, end, new EvidenceRow(newId(), References.next(portfolio), "", List.of(),
                null, null, null, List.of()));
    }

    /** Evidence ids need to be unique in the portfolio and stable; a random UUID is both. */
    static String newId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        return Units.updateRows(portfolio, unitId, rows -> {
            if (rows.stream().anyMatch(r -> r.id().equals(row.id()))) {
                throw new EditRefused("the unit already has a row " + row.id());
            }
            if (portfolio.item(row.id()).isPresent()) {
                throw new EditRefused("the portfolio already has evidence " + row.id());
            }
            rows.add(index, row);
            return rows;
        });
    }

    @Override
    public String description() {
        return "add evidence " + row.reference();
    }
}
