package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.edit.References;
import ers.text.Plural;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the reference cells of one sheet mark: a reference that two rows carry (with the rows, so
 * the user is told which), and an item that other units' sheets list too (with those units' codes).
 */
record ReferenceMarks(Map<String, List<Holder>> duplicates, Map<String, List<String>> sharedWith) {

    static final ReferenceMarks NONE = new ReferenceMarks(Map.of(), Map.of());

    /** A row carrying a reference another row carries too: its id, its number on the sheet (from 1), its title. */
    record Holder(String rowId, int number, String title) {
    }

    static ReferenceMarks of(Portfolio portfolio, PortfolioUnit unit) {
        return new ReferenceMarks(duplicatesOf(unit), portfolio.sharedWith(unit.spec().id()));
    }

    /** The duplicates only, for what asks just why one reference is red. */
    static ReferenceMarks duplicatesOnly(PortfolioUnit unit) {
        return new ReferenceMarks(duplicatesOf(unit), Map.of());
    }

    private static Map<String, List<Holder>> duplicatesOf(PortfolioUnit unit) {
        List<EvidenceRow> rows = unit.evidence();
        Map<String, List<Holder>> duplicates = new HashMap<>();
        References.sharedAt(rows.stream().map(EvidenceRow::reference).toList()).forEach((key, at) -> duplicates.put(key,
                at.stream().map(i -> new Holder(rows.get(i).id(), i + 1, rows.get(i).title())).toList()));
        return duplicates;
    }

    /**
     * Why the reference of row {@code rowId} is shown in red, naming the other rows that carry it
     * ({@code E3 is already used by row 5 (Witness statement)}), in the words the cell, its tooltip,
     * the details and the status line use; empty when no other row carries it.
     */
    Optional<String> usedTwice(String rowId, String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        List<String> others = duplicates.getOrDefault(References.key(reference), List.of()).stream()
                .filter(h -> !h.rowId().equals(rowId))
                .map(h -> h.number() + (h.title() == null || h.title().isBlank() ? "" : " (" + h.title().strip() + ")")).toList();
        return others.isEmpty() ? Optional.empty() : Optional.of(reference.strip() + " is already used by "
                + (others.size() == 1 ? "row " : "rows ") + Plural.inList(others));
    }

    /** {@link #usedTwice} and what to do about it, as the status line and the details say it. */
    Optional<String> advice(String rowId, String reference) {
        return usedTwice(rowId, reference).map(why -> why + ": give this one its own reference.");
    }
}
