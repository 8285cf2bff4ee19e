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
        String marked = BREAKS.matcher(unmarkedListsDivided(cell)).replaceAll(String.valueOf(BREAK))
                .replace("\u2022", BREAK + "\u2022 ");
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

    /** A list ({@code <ul>}) whose items carry no bullet marks or line breaks, only their capitals to tell them apart. */
    static boolean hasUnmarkedList(String cell) {
        return !unmarkedRuns(cell).isEmpty();
    }

    /** Whether every such list divides into items by its capitals (otherwise it is kept whole). */
    static boolean unmarkedListsDivide(String cell) {
        return unmarkedRuns(cell).stream().allMatch(r -> ListItems.split(squeeze(cell.substring(r[0], r[1]))).size() > 1);
    }

    /** Where each unmarked list's text starts and ends: after its {@code <ul>}, up to the next mark or tag. */
    private static List<int[]> unmarkedRuns(String cell) {
        List<int[]> runs = new ArrayList<>();
        var m = LIST_START.matcher(cell);
        while (m.find()) {
            String after = cell.substring(m.end()).strip();
            if (after.startsWith("\u2022") || after.startsWith("<")) {
                continue;
            }
            int end = m.end();
            while (end < cell.length() && cell.charAt(end) != '<' && cell.charAt(end) != '\u2022') {
                end++;
            }
            runs.add(new int[] {m.end(), end});
        }
        return runs;
    }

    /** Each unmarked list's run of text, up to the next mark or tag, divided into its items by line breaks. */
    private static String unmarkedListsDivided(String cell) {
        StringBuilder out = new StringBuilder();
        int done = 0;
        for (int[] run : unmarkedRuns(cell)) {
            out.append(cell, done, run[0]).append(String.join("<br>", ListItems.split(squeeze(cell.substring(run[0], run[1])))));
            done = run[1];
        }
        return out.append(cell.substring(done)).toString();
    }

    static String squeeze(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
