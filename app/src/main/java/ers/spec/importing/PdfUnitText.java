package ers.spec.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Turns a unit specification PDF into the text a copy from it gives: labelled header lines with
 * a tab between label and value, paragraphs separated by blank lines, and the learning-outcome
 * table one row per line with its three columns separated by tabs (a row continued on the next
 * page begins that page's part, after a blank line), so the importer reads both alike.
 */
final class PdfUnitText {

    /** Header and footer bands of a page: running heads, page numbers, copyright lines. */
    private static final float MARGIN = 45;
    private static final Pattern OUTCOME_START = Pattern.compile("^(the (?:learner|candidate) will:?\\s*)?\\d{1,4}\\.?\\s+\\p{L}.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE_HEADER = Pattern.compile("(?i)^learning outcomes?\\s+assessment criteria\\b.*");

    private PdfUnitText() {
    }

    static boolean isPdf(byte[] bytes) {
        return bytes.length > 5 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    static String extract(String name, byte[] pdf) throws UnitImportException {
        List<Line> lines;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnitImportException(name + ": the PDF does not allow its text to be copied, so it cannot be read;"
                        + " copy the text from the awarding body's web page instead");
            }
            Words words = new Words();
            words.setSortByPosition(true);
            words.getText(document);
            lines = words.lines();
        } catch (IOException e) {
            throw new UnitImportException(name + ": is not a PDF that can be read (" + e.getMessage() + ")", e);
        }
        if (lines.isEmpty()) {
            throw new UnitImportException(name + ": the PDF has no text to read; it may be a scan, which would need to be typed in");
        }
        return new Layout(lines).text();
    }

    record Word(int page, float x, float endX, float y, float height, String text) {
    }

    /** One printed line: its words left to right. */
    record Line(int page, float y, float height, List<Word> words) {

        String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }

        float endX() {
            return words.get(words.size() - 1).endX();
        }

        /**
         * Whether the printer broke the line before {@code next} by choice: the next line begins an
         * item and its first word would have fitted on this one before {@code right}, the text's right edge.
         */
        boolean endsBefore(Line next, float right) {
            Word first = next.words().get(0);
            return ListItems.startsItem(next.text()) && endX() + 0.3f * height + (first.endX() - first.x()) < right - 2;
        }

        /** The line's words with a tab wherever a wide gap separates two of them, as between label and value. */
        String tabbed() {
            StringBuilder out = new StringBuilder(words.get(0).text());
            for (int i = 1; i < words.size(); i++) {
                float gap = words.get(i).x() - words.get(i - 1).endX();
                out.append(gap > 2.5f * height ? "\t" : " ").append(words.get(i).text());
            }
            return out.toString();
        }
    }

    /** Collects every word with its place; PDFBox reports a line's words one by one. */
    private static final class Words extends PDFTextStripper {

        private final List<Word> words = new ArrayList<>();

        Words() throws IOException {
        }

        /** PDFBox passes runs of text between the gaps it sees; a run's own spaces still divide words. */
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            float pageHeight = getCurrentPage().getMediaBox().getHeight();
            List<TextPosition> word = new ArrayList<>();
            for (TextPosition p : positions) {
                if (p.getUnicode().isBlank()) {
                    add(word, pageHeight);
                    word = new ArrayList<>();
                } else {
                    word.add(p);
                }
            }
            add(word, pageHeight);
        }

        private void add(List<TextPosition> glyphs, float pageHeight) {
            if (glyphs.isEmpty()) {
                return;
            }
            TextPosition first = glyphs.get(0);
            TextPosition last = glyphs.get(glyphs.size() - 1);
            float y = first.getYDirAdj();
            if (y < MARGIN || y > pageHeight - MARGIN) {
                return;
            }
            StringBuilder text = new StringBuilder();
            glyphs.forEach(g -> text.append(g.getUnicode()));
            words.add(new Word(getCurrentPageNo(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(), y,
                    Math.max(first.getFontSizeInPt(), 1), text.toString()));
        }

        List<Line> lines() {
            words.sort(Comparator.comparingInt(Word::page).thenComparingDouble(Word::y).thenComparingDouble(Word::x));
            List<Line> lines = new ArrayList<>();
            List<Word> current = new ArrayList<>();
            for (Word w : words) {
                if (!current.isEmpty() && (current.get(0).page() != w.page() || Math.abs(current.get(0).y() - w.y()) > 2)) {
                    lines.add(line(current));
                    current = new ArrayList<>();
                }
                current.add(w);
            }
            if (!current.isEmpty()) {
                lines.add(line(current));
            }
            return lines;
        }

        private static Line line(List<Word> words) {
            List<Word> sorted = words.stream().sorted(Comparator.comparingDouble(Word::x)).toList();
            float height = (float) sorted.stream().mapToDouble(Word::height).max().orElse(10);
            return new Line(sorted.get(0).page(), sorted.get(0).y(), height, sorted);
        }
    }

    /** Puts the lines back together as paragraphs, and the table as rows of tab-separated cells. */
    private static final class Layout {

        private final List<Line> lines;
        private final StringBuilder out = new StringBuilder();
        private final float right;
        private float[] columns;

        Layout(List<Line> lines) {
            this.lines = lines;
            this.right = (float) lines.stream().mapToDouble(Line::endX).max().orElse(0);
        }

        String text() {
            int i = 0;
            Line previous = null;
            while (i < lines.size()) {
                Line line = lines.get(i);
                if (TABLE_HEADER.matcher(line.text()).matches()) {
                    i = table(i);
                    previous = null;
                    continue;
                }
                boolean newParagraph = previous == null || previous.page() != line.page()
                        || line.y() - previous.y() > 1.6f * line.height()
                        || line.text().matches("^[\u2022\\-]\\s.*") || line.tabbed().contains("\t")
                        || previous.tabbed().contains("\t") || Sections.heading(line.text()).isPresent()
                        || Sections.heading(previous.text()).isPresent() || previous.endsBefore(line, right);
                out.append(newParagraph ? (out.length() == 0 ? "" : "\n\n") : " ").append(line.tabbed());
                previous = line;
                i++;
            }
            return out.append('\n').toString();
        }

        /** From the header row to the first heading after the table; returns the index of the line after it. */
        private int table(int headerIndex) {
            columns = columnStarts(lines.get(headerIndex));
            out.append("\n\n").append(header(lines.get(headerIndex))).append('\n');
            int i = headerIndex + 1;
            List<String[]> band = null;
            int page = lines.get(headerIndex).page();
            for (; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (Sections.heading(line.text()).isPresent()) {
                    break;
                }
                if (line.page() != page) {
                    flush(band);
                    band = null;
                    page = line.page();
                    out.append('\n');
                }
                if (TABLE_HEADER.matcher(line.text()).matches()) {
                    out.append(header(line)).append('\n');
                    continue;
                }
                String[] row = split(line);
                if (band != null && OUTCOME_START.matcher(row[0]).matches() && !isStemOnly(band)) {
                    flush(band);
                    band = null;
                }
                if (band == null) {
                    band = new ArrayList<>();
                }
                band.add(row);
            }
            flush(band);
            out.append('\n');
            return i;
        }

        /** The stem printed above the first outcome belongs to the first row, not a row of its own. */
        private static boolean isStemOnly(List<String[]> band) {
            return band.stream().allMatch(r -> r[0].isBlank() || r[0].matches("(?i)the (learner|candidate) will:?"))
                    && band.stream().noneMatch(r -> r[1].matches(".*\\d+\\.\\d+.*"));
        }

        private void flush(List<String[]> band) {
            if (band == null) {
                return;
            }
            String[] cell = {"", "", ""};
            for (String[] row : band) {
                for (int c = 0; c < 3; c++) {
                    cell[c] = (cell[c] + " " + row[c]).strip();
                }
            }
            out.append(cell[0]).append('\t').append(cell[1]).append('\t').append(cell[2]).append('\n');
        }

        /** A header row's cells; a header without a third column has no tab after the second. */
        private String header(Line line) {
            return String.join("\t", split(line)).replaceAll("\t+$", "");
        }

        private String[] split(Line line) {
            String[] cells = {"", "", ""};
            for (Word w : line.words()) {
                int c = 0;
                for (int k = columns.length - 1; k >= 0; k--) {
                    if (w.x() >= columns[k] - 3) {
                        c = k;
                        break;
                    }
                }
                cells[c] = (cells[c] + " " + w.text()).strip();
            }
            return cells;
        }

        /** Where each column starts: "Learning", "Assessment", and the word after "Criteria" if any. */
        private static float[] columnStarts(Line header) {
            List<Word> words = header.words();
            float second = words.stream().filter(w -> w.text().equalsIgnoreCase("Assessment")).findFirst().orElseThrow().x();
            int criteria = 0;
            for (int k = 0; k < words.size(); k++) {
                if (words.get(k).text().toLowerCase(java.util.Locale.ROOT).startsWith("criteria")) {
                    criteria = k;
                    break;
                }
            }
            float third = criteria + 1 < words.size() ? words.get(criteria + 1).x() : Float.MAX_VALUE;
            return new float[] {words.get(0).x(), second, third};
        }
    }
}
