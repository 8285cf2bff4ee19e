package ers.portfolio.edit;

import ers.portfolio.EvidenceItem;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import java.util.List;

/** Puts an item of the portfolio's evidence on one more sheet, with nothing ticked yet, at the end. */
public record AddExistingEvidence(String unitId, String itemId) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        EvidenceItem item = portfolio.item(itemId)
                .orElseThrow(() -> new EditRefused("the portfolio has no evidence " + itemId));
        return Units.updateRows(portfolio, unitId, rows -> {
            if (rows.stream().anyMatch(r -> r.id().equals(itemId))) {
                throw new EditRefused("evidence " + item.reference() + " is already on this sheet");
            }
            rows.add(EvidenceRow.of(item, List.of(), null));
            return rows;
        });
    }

    @Override
    public String description() {
        return "add existing evidence to the sheet";
    }
}
