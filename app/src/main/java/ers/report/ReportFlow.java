package ers.report;

import ers.sheet.Element;
import ers.sheet.Face;
import ers.sheet.SheetException;
import ers.sheet.SheetPage;
import ers.sheet.Typesetter;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's pages as they fill: wrapped paragraphs down the page, a new page (with the running
 * head) when one does not fit, and "Page X of Y" once the count is known. A paragraph is never
 * split across pages, so an entry of the history or a signature line reads whole.
 */
final class ReportFlow {

    private static final double MARGIN = 34.0; // 12 mm, as the sheets
    private static final double BOTTOM = SheetPage.HEIGHT - MARGIN - 16;
    private static final double HEAD_SIZE = 8;

    private final Typesetter type;
    private final String head;
    private final List<List<Element>> pages = new ArrayList<>();
    private double y;

    ReportFlow(Typesetter type, String head) throws SheetException {
        this.type = type;
        this.head = head;
        newPage();
    }

    int pageIndex() {
        return pages.size() - 1;
    }

    void newPage() throws SheetException {
        pages.add(new ArrayList<>());
        y = MARGIN;
        lines(type.wrap(head, Face.REGULAR, HEAD_SIZE, width(0), "the report's heading"), Face.REGULAR, HEAD_SIZE, 0);
        y += 8;
    }

    /** {@code text} wrapped from {@code indent} points in; on the next page when it does not fit on this one. */
    void paragraph(String text, Face face, double size, double indent, String where) throws SheetException {
        List<String> lines = type.wrap(text, face, size, width(indent), where);
        if (y + lines.size() * size * Typesetter.LEADING > BOTTOM && y > MARGIN + 30) {
            newPage();
        }
        lines(lines, face, size, indent);
    }

    void space(double points) {
        y += points;
    }

    /** A heading stays with at least a few lines of what follows it. */
    void heading(String text, double size, String where) throws SheetException {
        if (y + size * 5 > BOTTOM) {
            newPage();
        }
        space(size * 0.5);
        paragraph(text, Face.BOLD, size, 0, where);
        space(2);
    }

    List<SheetPage> finish(String footer) {
        List<SheetPage> done = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Element> page = pages.get(i);
            double baseline = SheetPage.HEIGHT - MARGIN - 2;
            page.add(new Element.Text(MARGIN, baseline, 7.5, Face.REGULAR, footer, false));
            String number = "Page " + (i + 1) + " of " + pages.size();
            page.add(new Element.Text(SheetPage.WIDTH - MARGIN - type.width(number, Face.REGULAR, 8.5), baseline, 8.5,
                    Face.REGULAR, number, false));
            done.add(new SheetPage("report", i + 1, pages.size(), page));
        }
        return done;
    }

    private void lines(List<String> lines, Face face, double size, double indent) {
        for (String line : lines) {
            pages.get(pages.size() - 1).add(new Element.Text(MARGIN + indent, y + type.ascent(size), size, face, line, false));
            y += size * Typesetter.LEADING;
        }
    }

    private static double width(double indent) {
        return SheetPage.WIDTH - 2 * MARGIN - indent;
    }
}
