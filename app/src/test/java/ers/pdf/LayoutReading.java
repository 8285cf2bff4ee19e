package ers.pdf;

import ers.sheet.Element;
import ers.sheet.SheetPage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a laid-out page the way a checker reads the printed one: boxes, grid rows, headings. */
final class LayoutReading {

    static final double MARGIN = 33.9;
    static final double LEFT = 34;
    static final double RIGHT = SheetPage.WIDTH - 34;
    /** Where the page's body ends, above the footer. */
    static final double BODY_BOTTOM = SheetPage.HEIGHT - 34 - 16;
    /** Liberation Sans' descender, per point of size. */
    static final double DESCENT = 434.0 / 2048;
    private static final Pattern REFERENCE = Pattern.compile("E\\d+");
    private static final Pattern NUMBER = Pattern.compile("\\d+\\.\\d+");

    private LayoutReading() {
    }

    /** A box in points from the page's top-left corner. */
    record Box(double left, double top, double right, double bottom, Element of) {

        boolean overlaps(Box o) {
            double slack = 0.01;
            return left < o.right - slack && o.left < right - slack && top < o.bottom - slack && o.top < bottom - slack;
        }

        boolean inside(double margin) {
            return left >= margin && top >= margin && right <= SheetPage.WIDTH - margin
                    && bottom <= SheetPage.HEIGHT - margin;
        }
    }

    /** What the element covers: a text line from its ascender to its descender. */
    static Box box(Element e) {
        if (e instanceof Element.Text t) {
            double width = SheetFonts.metrics().width(t.text(), t.face(), t.size());
            double ascent = SheetFonts.metrics().ascent() * t.size();
            double descent = DESCENT * t.size();
            return t.rotated() ? new Box(t.x() - ascent, t.y() - width, t.x() + descent, t.y(), e)
                    : new Box(t.x(), t.y() - ascent, t.x() + width, t.y() + descent, e);
        }
        if (e instanceof Element.Rule r) {
            return new Box(Math.min(r.x1(), r.x2()), Math.min(r.y1(), r.y2()), Math.max(r.x1(), r.x2()),
                    Math.max(r.y1(), r.y2()), e);
        }
        if (e instanceof Element.Shade s) {
            return new Box(s.x(), s.y(), s.x() + s.width(), s.y() + s.height(), e);
        }
        if (e instanceof Element.Tick t) {
            return new Box(t.x(), t.y(), t.x() + t.width(), t.y() + t.height(), e);
        }
        Element.Ink i = (Element.Ink) e;
        return new Box(i.x(), i.y(), i.x() + i.width(), i.y() + i.height(), e);
    }

    /** Every pair of printed things that cover the same spot: texts, ticks and signatures. */
    static List<String> overlaps(SheetPage page) {
        List<Box> boxes = page.elements().stream()
                .filter(e -> e instanceof Element.Text || e instanceof Element.Tick || e instanceof Element.Ink)
                .map(LayoutReading::box).toList();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).overlaps(boxes.get(j))) {
                    found.add("page " + page.number() + ": " + boxes.get(i).of() + " overprints " + boxes.get(j).of());
                }
            }
        }
        return found;
    }

    /** The evidence references printed in the grid's first column, top to bottom. */
    static List<String> references(SheetPage page) {
        return texts(page).stream().filter(t -> !t.rotated() && Math.abs(t.x() - (LEFT + 3)) < 0.01
                && REFERENCE.matcher(t.text()).matches()).map(Element.Text::text).toList();
    }

    /** The criterion numbers heading the grid on the page; empty when it has no grid. */
    static List<String> criteria(SheetPage page) {
        return texts(page).stream().filter(t -> t.size() == 8 && NUMBER.matcher(t.text()).matches())
                .map(Element.Text::text).toList();
    }

    /** The heights of full-width rules, top to bottom: the grid's top, its header's foot, each row's foot. */
    static List<Double> gridRules(SheetPage page) {
        return page.elements().stream().filter(e -> e instanceof Element.Rule r && r.y1() == r.y2()
                        && Math.abs(r.x1() - LEFT) < 0.01 && Math.abs(r.x2() - RIGHT) < 0.01)
                .map(e -> ((Element.Rule) e).y1()).sorted().toList();
    }

    /** The first text line starting with {@code words}, or null. */
    static Element.Text line(SheetPage page, String words) {
        return texts(page).stream().filter(t -> t.text().startsWith(words)).findFirst().orElse(null);
    }

    static List<Element.Text> texts(SheetPage page) {
        return page.elements().stream().filter(e -> e instanceof Element.Text).map(e -> (Element.Text) e).toList();
    }
}
