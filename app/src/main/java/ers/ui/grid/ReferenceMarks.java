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

    /** Why a reference is shown in red, in the words the cell, its tooltip and the status line use. */
    static String usedTwice(String reference) {
        return reference + " is already used by another item on this sheet";
    }
}
