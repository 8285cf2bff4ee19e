package ers.spec.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of one table cell as copied from a web rendering of the specification: stray
 * {@code <p>} and {@code <ul>} markup, and bullet marks run together on one line.
 */
final class CellText {

    private static final Pattern BREAKS = Pattern.compile("</?(p|ul|ol|li|div)\\b[^>]*>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_START = Pattern.compile("<ul\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final char BREAK = '\u0000';

    private CellText() {
    }

    /** The cell as one line of words, markup and line structure gone. */
    static String flat(String cell) {
        return squeeze(ANY_TAG.matcher(cell).replaceAll(" "));
    }

    /**
     * The cell's paragraphs and list items in order: each {@code <p>} is one, and each bullet
     * mark starts one ({@code "• item"}).
     */
    static List<String> items(String cell) {
        String marked = BREAKS.matcher(cell).replaceAll(String.valueOf(BREAK)).replace("\u2022", BREAK + "\u2022 ");
        List<String> items = new ArrayList<>();
        for (String part : marked.split(String.valueOf(BREAK))) {
            String item = squeeze(ANY_TAG.matcher(part).replaceAll(" "));
            if (item.equals("\u2022")) {
                continue;
            }
            if (!item.isEmpty()) {
                items.add(item.replaceFirst("^\u2022\\s*", "\u2022 "));
            }
        }
        return items;
    }

    /** Whether the cell has any markup that divides it (otherwise it is one run of sentences). */
    static boolean isDivided(String cell) {
        return BREAKS.matcher(cell).find() || cell.indexOf('\u2022') >= 0;
    }

    /** A list ({@code <ul>}) whose items carry no bullet marks, so where one ends cannot be told. */
    static boolean hasUnmarkedList(String cell) {
        var m = LIST_START.matcher(cell);
        while (m.find()) {
            String after = cell.substring(m.end()).strip();
            if (!after.startsWith("\u2022") && !after.startsWith("<")) {
                return true;
            }
        }
        return false;
    }

    static String squeeze(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
