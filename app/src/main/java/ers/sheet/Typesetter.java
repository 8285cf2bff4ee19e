package ers.sheet;

import ers.portfolio.edit.TextRules;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Measures and wraps text with the font's own metrics. Every string that reaches a page passes
 * through here, so a character the font cannot print is caught once, named, and located.
 */
public final class Typesetter {

    public static final double LEADING = 1.2;
    static final String ELLIPSIS = "\u2026";

    private final TextMeasure measure;

    public Typesetter(TextMeasure measure) {
        this.measure = measure;
    }

    public double width(String text, Face face, double size) {
        return measure.width(text, face, size);
    }

    public double ascent(double size) {
        return measure.ascent() * size;
    }

    /**
     * Refuses text the font cannot print; {@code where} says where it came from, for the message.
     * What it gives back is for one line: tabs and line breaks, which the font has no glyph for,
     * become spaces (wrapped text keeps its breaks, since {@link #wrap} reads them itself).
     */
    String printable(String text, Face face, String where) throws SheetException {
        OptionalInt bad = TextRules.unprintable(text, cp -> measure.canPrint(cp, face));
        if (bad.isPresent()) {
            throw new SheetException("cannot print the character " + TextRules.describe(bad.getAsInt()) + " in " + where
                    + ": the sheet's font (Liberation Sans) has no glyph for it; replace or remove it");
        }
        StringBuilder line = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> line.appendCodePoint(TextRules.isLineSpace(cp) ? ' ' : cp));
        return line.toString();
    }

    /**
     * Breaks text into lines no wider than {@code width}: at spaces where possible, inside a word
     * only when the word alone is wider than the line. Line breaks in the text are kept; nothing
     * is ever dropped.
     */
    public List<String> wrap(String text, Face face, double size, double width, String where) throws SheetException {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        printable(text, face, where);
        double space = measure.width(" ", face, size);
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isLineSpace(c)) {
                if (isBreak(c) && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !isLineSpace(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            i = end;
            double wordWidth = measure.width(word, face, size);
            if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                line.append(' ').append(word);
                lineWidth += space + wordWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (wordWidth <= width) {
                line.append(word);
                lineWidth = wordWidth;
            } else {
                lineWidth = breakWord(word, face, size, width, lines, line);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * A lead-in followed by entries separated by commas, e.g. a key's {@code O = Observation}:
     * an entry that does not fit on the rest of a line starts the next one whole, so a code never
     * ends a line that its name begins the next. Only an entry wider than a whole line is wrapped
     * inside, where the code still keeps the name's first word beside it.
     */
    List<String> wrapEntries(String lead, List<String> entries, Face face, double size, double width, String where)
            throws SheetException {
        List<String> lines = new ArrayList<>();
        String line = printable(lead, face, where);
        for (int i = 0; i < entries.size(); i++) {
            String entry = printable(entries.get(i), face, where) + (i < entries.size() - 1 ? "," : "");
            String joined = line.isEmpty() ? entry : line + " " + entry;
            if (measure.width(joined, face, size) <= width) {
                line = joined;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
            List<String> wrapped = wrap(entry, face, size, width, where);
            lines.addAll(wrapped.subList(0, wrapped.size() - 1));
            line = wrapped.get(wrapped.size() - 1);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The text cut to {@code width} with an ellipsis, or whole if it fits. */
    String shorten(String text, Face face, double size, double width) {
        if (measure.width(text, face, size) <= width) {
            return text;
        }
        double room = width - measure.width(ELLIPSIS, face, size);
        int end = 0;
        double used = 0;
        while (end < text.length()) {
            int cp = text.codePointAt(end);
            double w = measure.width(new String(Character.toChars(cp)), face, size);
            if (used + w > room) {
                break;
            }
            used += w;
            end += Character.charCount(cp);
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Splits a word wider than the line; full pieces go to {@code lines}, the tail stays in {@code line}. */
    private double breakWord(String word, Face face, double size, double width, List<String> lines,
                             StringBuilder line) {
        double lineWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            double w = measure.width(ch, face, size);
            if (line.length() > 0 && lineWidth + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(ch);
            lineWidth += w;
            i += Character.charCount(cp);
        }
        return lineWidth;
    }

    private static boolean isLineSpace(int cp) {
        return TextRules.isLineSpace(cp);
    }

    private static boolean isBreak(int cp) {
        return TextRules.isBreak(cp);
    }
}
