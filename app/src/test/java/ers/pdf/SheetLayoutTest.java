package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.SignatureJudge;
import ers.sheet.Element;
import ers.sheet.SheetPage;
import ers.sheet.UnitSheet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pure layout, checked over many sizes at once (no PDF is drawn): the assessor's block kept
 * together, rows never split, nothing outside the margins, pages numbered within the sheet.
 */
class SheetLayoutTest {

    private static final double MARGIN = 33.9;

    private static UnitSheet layout(Portfolio portfolio) throws Exception {
        return SheetExport.layout(portfolio, List.of(), SignatureJudge.standard()).get(0);
    }

    /** Rows of growing length, so page breaks fall at every possible place. */
    private static Portfolio rows(int n) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            rows.add(Fixtures.row("E" + i, "Evidence of the candidate's work. ".repeat(1 + (i * 7) % 40),
                    List.of("O", "PD"), "1.1", "3.4"));
        }
        return Fixtures.portfolio(new PortfolioUnit(Fixtures.f17(), rows, List.of(), List.of()));
    }

    @Test
    void theAssessorsBlockIsNeverSplitAndRowsNeverAre() throws Exception {
        for (int n = 0; n <= 70; n++) {
            UnitSheet sheet = layout(rows(n));
            List<Integer> blockPages = new ArrayList<>();
            for (SheetPage page : sheet.pages()) {
                for (Element e : page.elements()) {
                    if (e instanceof Element.Text t && (t.text().startsWith("I confirm that the candidate")
                            || t.text().startsWith("IV initials") || t.text().startsWith("Key to assessment"))) {
                        blockPages.add(page.number());
                    }
                }
            }
            assertEquals(n == 0 ? 2 : 3, blockPages.size(), n + " rows (no key without methods)");
            assertEquals(1, blockPages.stream().distinct().count(), n + " rows: block on one page " + blockPages);
            assertEquals(sheet.pages().size(), blockPages.get(0), "the block closes the sheet");
            for (int row = 1; row <= n; row++) {
                String ref = "E" + row;
                long pages = sheet.pages().stream().filter(p -> p.elements().stream().anyMatch(e ->
                        e instanceof Element.Tick t && t.reference().equals(ref))).count();
                assertEquals(1, pages, ref + " of " + n + " on one page");
            }
        }
    }

    @Test
    void everythingStaysInsideTheMargins() throws Exception {
        for (Portfolio portfolio : List.of(rows(45), Fixtures.sample(), Fixtures.portfolio(
                PortfolioUnit.empty(Fixtures.unit("W60", 6, 10))))) {
            for (SheetPage page : layout(portfolio).pages()) {
                for (Element e : page.elements()) {
                    double[] box = box(e);
                    assertTrue(box[0] >= MARGIN && box[1] >= MARGIN && box[2] <= SheetPage.WIDTH - MARGIN
                            && box[3] <= SheetPage.HEIGHT - MARGIN, e + " inside the margins");
                }
            }
        }
    }

    /** Left, top, right, bottom of what the element covers. */
    private static double[] box(Element e) {
        if (e instanceof Element.Text t) {
            double width = SheetFonts.metrics().width(t.text(), t.face(), t.size());
            double ascent = SheetFonts.metrics().ascent() * t.size();
            return t.rotated() ? new double[] {t.x() - ascent, t.y() - width, t.x(), t.y()}
                    : new double[] {t.x(), t.y() - ascent, t.x() + width, t.y()};
        }
        if (e instanceof Element.Rule r) {
            return new double[] {r.x1(), r.y1(), r.x2(), r.y2()};
        }
        if (e instanceof Element.Shade s) {
            return new double[] {s.x(), s.y(), s.x() + s.width(), s.y() + s.height()};
        }
        if (e instanceof Element.Tick t) {
            return new double[] {t.x(), t.y(), t.x() + t.width(), t.y() + t.height()};
        }
        Element.Ink i = (Element.Ink) e;
        return new double[] {i.x(), i.y(), i.x() + i.width(), i.y() + i.height()};
    }

    @Test
    void pagesAreNumberedWithinEachSheet() throws Exception {
        Portfolio two = rows(30);
        two = two.withUnits(List.of(two.units().get(0), PortfolioUnit.empty(Fixtures.unit("W60", 6, 10))));
        for (UnitSheet sheet : SheetExport.layout(two, List.of(), SignatureJudge.standard())) {
            int count = sheet.pages().size();
            for (int i = 0; i < count; i++) {
                SheetPage page = sheet.pages().get(i);
                assertEquals(i + 1, page.number());
                String footer = ((Element.Text) page.elements().get(page.elements().size() - 1)).text();
                assertEquals("Page " + (i + 1) + " of " + count, footer);
            }
        }
    }
}
