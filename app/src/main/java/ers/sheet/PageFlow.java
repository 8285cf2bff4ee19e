package ers.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages of one unit's sheet as they fill, top to bottom. Keeps the cursor, starts pages with
 * the running head, and numbers them once the count is known.
 */
final class PageFlow {

    static final double MARGIN = 34.0; // 12 mm
    static final double LEFT = MARGIN;
    static final double RIGHT = SheetPage.WIDTH - MARGIN;
    static final double TOP = MARGIN;
    static final double BOTTOM = SheetPage.HEIGHT - MARGIN;
    /** Leaves room above the bottom margin for the page's footer. */
    static final double BODY_BOTTOM = BOTTOM - 16;
    static final double HEAD_SIZE = 9;
    private static final double FOOTER_SIZE = 7.5;
    private static final double NUMBER_SIZE = FOOTER_SIZE + 1;
    /** Between the footer's name and the page number, at the least. */
    private static final double FOOTER_GAP = 12;

    private final Typesetter type;
    private final List<List<Element>> pages = new ArrayList<>();
    private List<Element> elements = new ArrayList<>();
    private double y = TOP;
    private String runningHead = "";

    PageFlow(Typesetter type) {
        this.type = type;
        pages.add(elements);
    }

    Typesetter type() {
        return type;
    }

    double y() {
        return y;
    }

    void moveTo(double newY) {
        y = newY;
    }

    void advance(double dy) {
        y += dy;
    }

    /** Space left above the footer. */
    double room() {
        return BODY_BOTTOM - y;
    }

    /** Space a fresh page offers below its running head. */
    double freshRoom() {
        return BODY_BOTTOM - TOP - headHeight();
    }

    int pageCount() {
        return pages.size();
    }

    void add(Element element) {
        elements.add(element);
    }

    void text(double x, double baseline, double size, Face face, String text) {
        elements.add(new Element.Text(x, baseline, size, face, text, false));
    }

    /** Text wrapped over the full width of the page, starting at the cursor. */
    void paragraph(String text, Face face, double size, String where) throws SheetException {
        lines(type.wrap(text, face, size, RIGHT - LEFT, where), face, size);
    }

    /** Lines already broken, one under the other from the cursor. */
    void lines(List<String> lines, Face face, double size) {
        for (String line : lines) {
            text(LEFT, y + type.ascent(size), size, face, line);
            y += size * Typesetter.LEADING;
        }
    }

    void rule(double x1, double y1, double x2, double y2) {
        elements.add(new Element.Rule(x1, y1, x2, y2));
    }

    /**
     * The text every later page of the sheet starts with, so a loose page says what it belongs
     * to; kept to one line (shortened with an ellipsis), since the page's room is reckoned so.
     */
    void runningHead(String head, String where) throws SheetException {
        runningHead = type.shorten(type.printable(head, Face.BOLD, where), Face.BOLD, HEAD_SIZE, RIGHT - LEFT);
    }

    void newPage() {
        elements = new ArrayList<>();
        pages.add(elements);
        y = TOP;
        lines(List.of(runningHead), Face.BOLD, HEAD_SIZE);
        y += 6;
    }

    private double headHeight() {
        return HEAD_SIZE * Typesetter.LEADING + 6;
    }

    /** Where the cursor and the page's content stand, to undo a block that turned out not to fit. */
    Mark mark() {
        return new Mark(pages.size(), elements.size(), y);
    }

    void rollback(Mark mark) {
        while (pages.size() > mark.pages()) {
            pages.remove(pages.size() - 1);
        }
        elements = pages.get(pages.size() - 1);
        elements.subList(mark.elements(), elements.size()).clear();
        y = mark.y();
    }

    record Mark(int pages, int elements, double y) {
    }

    /**
     * Numbers the pages within the sheet and adds each page's footer: the owner's name, shortened
     * with an ellipsis to the room the page number leaves, then {@code suffix} whole.
     */
    List<SheetPage> finish(String name, String suffix, String unitCode) throws SheetException {
        String owner = type.printable(String.join(" ", name.strip().split("\\s+")), Face.REGULAR,
                "the candidate's name");
        String last = "Page " + pages.size() + " of " + pages.size();
        double room = RIGHT - LEFT - type.width(last, Face.REGULAR, NUMBER_SIZE) - FOOTER_GAP
                - type.width(suffix, Face.REGULAR, FOOTER_SIZE);
        String footer = type.shorten(owner, Face.REGULAR, FOOTER_SIZE, room) + suffix;
        List<SheetPage> done = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Element> page = pages.get(i);
            double baseline = BOTTOM - 2;
            page.add(new Element.Text(LEFT, baseline, FOOTER_SIZE, Face.REGULAR, footer, false));
            String number = "Page " + (i + 1) + " of " + pages.size();
            double width = type.width(number, Face.REGULAR, NUMBER_SIZE);
            page.add(new Element.Text(RIGHT - width, baseline, NUMBER_SIZE, Face.REGULAR, number, false));
            done.add(new SheetPage(unitCode, i + 1, pages.size(), page));
        }
        return done;
    }
}
