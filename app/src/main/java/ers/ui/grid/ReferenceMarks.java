package ers.ui.grid;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.EvidenceRow;
import ers.portfolio.edit.References;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reference cells of one sheet mark: a reference that two rows carry, and an item that
 * other units' sheets list too (with those units' codes).
 */
record ReferenceMarks(Set<String> duplicates, Map<String, List<String>> sharedWith) {

    static final ReferenceMarks NONE = new ReferenceMarks(Set.of(), Map.of());

    static ReferenceMarks of(Portfolio portfolio, PortfolioUnit unit) {
        return new ReferenceMarks(References.duplicates(unit.evidence().stream().map(EvidenceRow::reference).toList()),
                portfolio.sharedWith(unit.spec().id()));
    }
}
