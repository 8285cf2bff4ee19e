package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import ers.spec.Criterion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What Find looks for on a sheet: evidence by its reference or the words of its title, criteria
 * by number or the words of their text. Every word typed must be found; case does not matter.
 */
final class SheetSearch {

    /** One thing found: a row, or a criterion (exactly one is set). */
    record Match(EvidenceRow row, Criterion criterion) {

        /** How the find bar names it: {@code E2 Team meeting minutes}, {@code criterion 1.2 Explain ...}. */
        String words() {
            return row != null ? row.reference() + " " + row.title()
                    : "criterion " + criterion.number() + " " + criterion.text();
        }
    }

    private SheetSearch() {
    }

    /** Rows first, in the sheet's order, then criteria in the unit's order; nothing for a blank query. */
    static List<Match> find(String query, List<EvidenceRow> rows, List<Criterion> criteria) {
        String trimmed = query == null ? "" : query.trim();
        List<Match> found = new ArrayList<>();
        if (trimmed.isEmpty()) {
            return found;
        }
        List<String> words = Arrays.stream(trimmed.toLowerCase(Locale.UK).split("\\s+")).toList();
        for (EvidenceRow row : rows) {
            String title = row.title().toLowerCase(Locale.UK);
            if (words.stream().allMatch(w -> w.equalsIgnoreCase(row.reference()) || title.contains(w))) {
                found.add(new Match(row, null));
            }
        }
        for (Criterion criterion : criteria) {
            String text = criterion.text().toLowerCase(Locale.UK);
            if (trimmed.equals(criterion.number()) || words.stream().allMatch(text::contains)) {
                found.add(new Match(null, criterion));
            }
        }
        return found;
    }
}
