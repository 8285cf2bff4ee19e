package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.sheet.Element;
import ers.sheet.SheetPage;
import ers.sheet.Typesetter;
import java.util.ArrayList;
import java.util.List;

/** Reads the ruled tables of a laid-out page row by row, and the line boxes of its paragraphs. */
final class TableReading {

    static final double SIZE = 8.5;
    static final double PAD = 3;
    static final double ROW_LINE = SIZE * Typesetter.LEADING;
    static final double EPS = 1e-6;

    private TableReading() {
    }

    static double ascent(double size) {
        return SheetFonts.metrics().ascent() * size;
    }

    /** Where the line of text's line box starts: its baseline less the font's ascent. */
    static double top(Element.Text t) {
        return t.y() - ascent(t.size());
    }

    static double bottom(Element.Text t) {
        return top(t) + t.size() * Typesetter.LEADING;
    }

    static Element.Text line(SheetPage page, String words) {
        Element.Text found = LayoutReading.line(page, words);
        assertTrue(found != null, "\"" + words + "\" on page " + page.number() + ": " + LayoutReading.texts(page));
        return found;
    }

    /** One ruled row of a table: the texts in its cells and the rules that close it. */
    record Row(double top, double bottom, Element.Shade shade, Element.Rule above, List<Element.Text> texts,
               List<Element.Rule> sides) {

        boolean shaded() {
            return shade != null;
        }
    }

    /**
     * The table rows on a page, top to bottom, read the way they are drawn: a shade and a rule
     * open a table's header, each row's texts come before the rule below it and the rules between
     * its cells; a full-width paragraph ends the table.
     */
    static List<Row> rows(SheetPage page) {
        List<Row> rows = new ArrayList<>();
        Double top = null;
        Element.Shade shade = null;
        Element.Rule above = null;
        List<Element.Text> texts = new ArrayList<>();
        List<Element.Rule> sides = null;
        for (Element e : page.elements()) {
            if (e instanceof Element.Shade s) {
                top = s.y();
                shade = s;
            } else if (e instanceof Element.Text t && t.size() == SIZE && t.x() > LayoutReading.LEFT && top != null) {
                texts.add(t);
            } else if (e instanceof Element.Text) {
                top = null;
            } else if (e instanceof Element.Rule r && r.y1() == r.y2() && top != null && texts.isEmpty()) {
                above = r;
            } else if (e instanceof Element.Rule r && r.y1() == r.y2() && top != null) {
                sides = new ArrayList<>();
                rows.add(new Row(top, r.y1(), shade, above, List.copyOf(texts), sides));
                top = r.y1();
                shade = null;
                above = r;
                texts.clear();
            } else if (e instanceof Element.Rule r && r.x1() == r.x2() && sides != null && texts.isEmpty()) {
                sides.add(r);
            }
        }
        return rows;
    }

    /** Each cell's lines stand one under the other from the row's top, padded; the row is as tall as its tallest cell. */
    static void assertRuledAsTable(Row row, double... edges) {
        List<Double> lefts = new ArrayList<>();
        for (int c = 0; c + 1 < edges.length; c++) {
            lefts.add(edges[c]);
        }
        int tallest = 0;
        for (double left : lefts) {
            List<Element.Text> cell = row.texts().stream().filter(t -> Math.abs(t.x() - (left + PAD)) < EPS).toList();
            for (int i = 0; i < cell.size(); i++) {
                assertEquals(row.top() + PAD + ascent(SIZE) + i * ROW_LINE, cell.get(i).y(), EPS, "line " + i + " of " + cell);
            }
            tallest = Math.max(tallest, cell.size());
        }
        for (Element.Text t : row.texts()) {
            assertTrue(lefts.stream().anyMatch(left -> Math.abs(t.x() - (left + PAD)) < EPS), t + " starts a cell");
            int column = 0;
            while (column + 1 < lefts.size() && t.x() > lefts.get(column + 1)) {
                column++;
            }
            assertTrue(LayoutReading.box(t).right() <= edges[column + 1] - PAD + EPS, t + " stays in its cell");
        }
        assertEquals(tallest * ROW_LINE + 2 * PAD, row.bottom() - row.top(), EPS, "the height of " + row.texts());
        assertEquals(edges.length, row.sides().size(), "rules between the cells of " + row.texts());
        for (int c = 0; c < edges.length; c++) {
            Element.Rule side = row.sides().get(c);
            assertEquals(edges[c], side.x1(), EPS);
            assertEquals(row.top(), side.y1(), EPS);
            assertEquals(row.bottom(), side.y2(), EPS);
        }
        assertTrue(row.bottom() <= LayoutReading.BODY_BOTTOM + EPS, "above the footer: " + row.texts());
        Element.Rule above = row.above();
        assertTrue(above != null && above.x1() == edges[0] && above.x2() == edges[edges.length - 1]
                && above.y2() == row.top(), "ruled above: " + row.texts());
        if (row.shaded()) {
            Element.Shade shade = row.shade();
            assertEquals(edges[0], shade.x(), EPS);
            assertEquals(edges[edges.length - 1] - edges[0], shade.width(), EPS, "the header's shade");
            assertEquals(row.bottom() - row.top(), shade.height(), EPS, "the header's shade");
        }
    }

}
