package ers.ui.evidence;

import ers.portfolio.EvidenceItem;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.edit.SameEvidence;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The portfolio's evidence as the Evidence window lists it: every item with the units and
 * criteria it covers, and the search that finds one by its reference or the words of its title.
 */
public final class EvidenceLibraryModel {

    private EvidenceLibraryModel() {
    }

    /**
     * One line of the list.
     *
     * @param copies the other items with this one's reference, which may be the same evidence filed again
     */
    public record Line(EvidenceItem item, String sheets, boolean onSheet, List<EvidenceItem> copies) {
    }

    /** @param unitId the sheet open in the editor, whose items are marked; null for none */
    public static List<Line> lines(Portfolio portfolio, String unitId, String search) {
        String[] words = search == null ? new String[0] : search.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return portfolio.evidence().stream()
                .filter(item -> matches(item, words))
                .map(item -> new Line(item, sheets(portfolio, item.id()),
                        unitId != null && portfolio.unit(unitId).flatMap(u -> u.row(item.id())).isPresent(),
                        SameEvidence.sameReference(portfolio, item)))
                .toList();
    }

    /** {@code B13 (1.1, 1.2) · F17 (2.1)}, or that it is on no sheet yet. */
    static String sheets(Portfolio portfolio, String itemId) {
        List<PortfolioUnit> units = portfolio.unitsListing(itemId);
        if (units.isEmpty()) {
            return "on no sheet yet";
        }
        return units.stream().map(u -> u.spec().code() + " (" + u.row(itemId).map(r -> r.criteria().isEmpty()
                ? "nothing ticked" : String.join(", ", r.criteria())).orElse("") + ")")
                .collect(Collectors.joining(" · "));
    }

    /** Says what the selected line's copies are, and that Merge makes them one. */
    static String copiesNote(Portfolio portfolio, Line line) {
        List<String> copies = line.copies().stream().map(c -> "\u201c" + c.title() + "\u201d on "
                + sheets(portfolio, c.id())).toList();
        return line.item().reference() + " is also filed as " + (copies.size() == 1 ? "another item: " : "other items: ")
                + String.join("; ", copies) + ". Merge copies makes them one item, with this one's title.";
    }

    private static boolean matches(EvidenceItem item, String[] words) {
        String text = (item.reference() + " " + item.title()).toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!word.isEmpty() && !text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
