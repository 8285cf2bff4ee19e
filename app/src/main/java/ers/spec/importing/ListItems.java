package ers.spec.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a list printed without bullet marks from prose. Items of such a list are short, each
 * begins with a capital and none ends a sentence before the next begins; wrapped prose goes on
 * in small letters, or fills its lines to the same width. Where it cannot be told, the text is
 * left as it was printed, never split inside a sentence.
 */
final class ListItems {

    /** Words after which a capitalised word is part of the same phrase ("the Data Protection Act"). */
    private static final Set<String> JOINING = Set.of("a", "an", "the", "of", "and", "or", "to", "with", "for", "in", "on",
            "by", "as", "at", "from", "such", "eg", "e.g.", "ie", "i.e.", "including", "include", "includes", "see", "under");
    private static final Pattern TITLE_WORD = Pattern.compile("^\\p{Lu}\\p{Ll}.*");
    private static final Pattern STARTS_ITEM = Pattern.compile("^[\"'(\u2018\u201c]?[\\p{Lu}\\d].*");
    private static final Pattern BULLET = Pattern.compile("^[\u2022\\-]\\s.*");
    private static final Pattern STARTS_LOWER = Pattern.compile("^[\"'(\u2018\u201c]?\\p{Ll}.*");

    private ListItems() {
    }

    /**
     * A list run together on one line, items told apart only by their capitals ("… cost/benefit
     * analysis Company consultation procedures Records of …"): the items, or the run whole when
     * it does not divide into at least two items of two words or more.
     */
    static List<String> split(String run) {
        String[] words = run.strip().split(" ");
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (item.length() > 0 && beginsItemAt(words, i)) {
                items.add(item.toString());
                item.setLength(0);
            }
            item.append(item.length() == 0 ? "" : " ").append(words[i]);
        }
        items.add(item.toString());
        boolean divides = items.size() > 1 && items.stream().allMatch(s -> s.contains(" "));
        return divides ? items : List.of(run.strip());
    }

    /** A capitalised word after a word that ends in a small letter, not joined to it, and not the first of a name. */
    private static boolean beginsItemAt(String[] words, int i) {
        String word = words[i];
        String before = words[i - 1];
        boolean nameGoesOn = i + 1 < words.length && TITLE_WORD.matcher(words[i + 1]).matches();
        return TITLE_WORD.matcher(word).matches() && !word.equals("I") && !nameGoesOn
                && before.matches(".*[\\p{Ll}\\d)]$") && !TITLE_WORD.matcher(before).matches()
                && !JOINING.contains(before.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Lines copied one under another, as paragraphs: a line that goes on in small letters belongs
     * to the line above, and so, in a block that is prose (some line goes on so), does a line after
     * one filled to the block's width that ends no sentence. Any other line, starting with a
     * capital, a number or a bullet mark, is an item of its own.
     */
    static List<String> paragraphs(List<String> lines) {
        boolean prose = lines.stream().skip(1).anyMatch(ListItems::goesOn);
        int longest = lines.stream().mapToInt(l -> l.strip().length()).max().orElse(0);
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String before = i == 0 ? null : lines.get(i - 1).strip();
            boolean wrapped = before != null && !BULLET.matcher(line).matches() && (goesOn(line)
                    || prose && longest >= 50 && before.length() >= 0.85 * longest && !before.matches(".*[.:;!?]$"));
            if (wrapped) {
                paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + line);
            } else {
                paragraphs.add(line);
            }
        }
        return paragraphs;
    }

    /** Whether a line, after a break the printer chose, begins an item: a capital, a number or a bullet mark. */
    static boolean startsItem(String line) {
        return STARTS_ITEM.matcher(line.strip()).matches() || BULLET.matcher(line.strip()).matches();
    }

    private static boolean goesOn(String line) {
        return STARTS_LOWER.matcher(line.strip()).matches() || line.strip().matches("^[,;&\u2013\u2014].*");
    }
}
