package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Drawing;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Point;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import ers.sheet.Element;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** Signatures print as drawn while they stand, blank when absent, and never as valid once void. */
class SignaturePrintTest {

    private static byte[] export(Portfolio portfolio, SignatureJudge judge) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.toPdf(portfolio, List.of(), judge, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    private static long inkStrokes(PDDocument pdf) throws Exception {
        return PdfReading.strokes(pdf.getPage(0)).stream()
                .filter(s -> Math.abs(s.lineWidth() - PageDrawer.INK_WIDTH) < 0.01)
                .mapToLong(s -> s.subpaths().size()).sum();
    }

    @Test
    void aValidSignaturePrintsItsStrokesNameAndDate() throws Exception {
        try (PDDocument pdf = PdfReading.load(export(Fixtures.sample(), SignatureJudge.standard()))) {
            assertEquals(4, inkStrokes(pdf), "two drawn signatures of two strokes each");
            String text = SheetPdfTest.flat(PdfReading.text(pdf));
            assertTrue(text.contains("Signature of candidate: Date: 02/03/2026"), text);
            assertTrue(text.contains("Name (in block capitals): GARETH PRICE Date: 09/03/2026"), text);
        }
    }

    @Test
    void strokesThatLeftThePadAreClippedToTheSignatureBox() throws Exception {
        List<Point> line = List.of(new Point(10, 50), new Point(290, 50));
        Drawing tidy = new Drawing(300, 100, List.of(line));
        Drawing stray = new Drawing(300, 100, List.of(line, List.of(new Point(150, -300), new Point(150, 400)),
                List.of(new Point(-500, 70), new Point(900, 70))));
        SignatureJudge present = (p, u, role) -> u.signature(role).isPresent() ? SignatureState.VALID
                : SignatureState.ABSENT;
        BufferedImage expected = renderSignedBy(tidy, present);
        BufferedImage actual = renderSignedBy(stray, present);
        Element.Ink box = SheetExport.layout(signedBy(stray), List.of(), present).get(0).pages().get(0).elements()
                .stream().filter(e -> e instanceof Element.Ink).map(e -> (Element.Ink) e).findFirst().orElseThrow();
        int differentInside = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                boolean inside = x >= box.x() - 1 && x <= box.x() + box.width() + 1
                        && y >= box.y() - 1 && y <= box.y() + box.height() + 1;
                boolean differs = actual.getRGB(x, y) != expected.getRGB(x, y);
                assertTrue(inside || !differs, "a stroke drawn outside the box at (" + x + ", " + y + ")");
                differentInside += differs ? 1 : 0;
            }
        }
        assertTrue(differentInside > 0, "the stray strokes show inside the box");
    }

    private static Portfolio signedBy(Drawing drawing) {
        Portfolio sample = Fixtures.sample();
        PortfolioUnit unit = sample.units().get(0);
        return sample.withUnits(List.of(new PortfolioUnit(unit.spec(), unit.evidence(), List.of(new Signature(
                Role.CANDIDATE, "Rhian Llewellyn", LocalDate.of(2026, 3, 2), drawing, null, null, null)), List.of())));
    }

    /** At 72 dpi a pixel is a point, so the layout's box is in pixels too. */
    private static BufferedImage renderSignedBy(Drawing drawing, SignatureJudge judge) throws Exception {
        return SheetPreview.renderAll(export(signedBy(drawing), judge), 72).get(0);
    }

    @Test
    void theBlankSpacesOfSharedLabelsAreCaptionedUnderTheirRules() throws Exception {
        try (PDDocument pdf = PdfReading.load(export(Fixtures.sample(), SignatureJudge.standard()))) {
            SheetPdfTest.assertInOrder(SheetPdfTest.flat(PdfReading.text(pdf)),
                    "Countersignature of qualified assessor (if required) and date: signature date",
                    "IV initials (if sampled) and date: Countersignature of qualified IV (if required) and date:"
                            + " initials date signature date",
                    "Key to assessment methods");
            List<PdfReading.Word> captions = PdfReading.words(pdf, 0).stream()
                    .filter(w -> w.size() < 7 && List.of("signature", "date", "initials").contains(w.text())).toList();
            assertEquals(6, captions.size(), captions.toString());
            List<List<java.awt.geom.Point2D>> rules = PdfReading.strokes(pdf.getPage(0)).stream()
                    .filter(s -> Math.abs(s.lineWidth() - PageDrawer.RULE_WIDTH) < 0.01)
                    .flatMap(s -> s.subpaths().stream()).filter(p -> p.size() == 2).toList();
            for (PdfReading.Word caption : captions) {
                assertTrue(rules.stream().anyMatch(r -> r.get(0).getY() == r.get(1).getY()
                                && Math.min(r.get(0).getX(), r.get(1).getX()) < caption.x()
                                && Math.max(r.get(0).getX(), r.get(1).getX()) > caption.x() + caption.length()
                                && caption.y() - r.get(0).getY() > 3 && caption.y() - r.get(0).getY() < 9),
                        caption + " stands just under a rule as wide as its space");
            }
        }
    }

    @Test
    void aVoidSignatureIsReplacedAndItsNameAndDateAreNotPrinted() throws Exception {
        SignatureJudge assessorVoid = (portfolio, unit, role) -> role == Role.ASSESSOR ? SignatureState.VOID
                : SignatureJudge.standard().judge(portfolio, unit, role);
        try (PDDocument pdf = PdfReading.load(export(Fixtures.sample(), assessorVoid))) {
            String text = SheetPdfTest.flat(PdfReading.text(pdf));
            assertTrue(text.contains("Signature of assessor: void: sheet changed after signing Name (in block capitals):"
                    + " Date: Countersignature"), text);
            assertFalse(text.contains("GARETH PRICE") || text.contains("09/03/2026"), text);
            assertEquals(2, inkStrokes(pdf), "only the candidate's drawing remains");
        }
    }

    @Test
    void changingTheSheetAfterSigningVoidsWhatTheApplicationsJudgeSays() throws Exception {
        Portfolio signed = Fixtures.sample();
        PortfolioUnit unit = signed.units().get(0);
        List<EvidenceRow> rows = new ArrayList<>(unit.evidence());
        EvidenceRow first = rows.get(0);
        rows.set(0, Fixtures.row(first.reference(), first.title(), first.methods(), "1.1", "1.2", "1.3"));
        Portfolio changed = signed.withUnits(List.of(unit.withEvidence(rows)));
        try (PDDocument pdf = PdfReading.load(export(changed, SignatureJudge.standard()))) {
            String text = SheetPdfTest.flat(PdfReading.text(pdf));
            assertEquals(2, SheetPdfTest.count(text, "void: sheet changed after signing"), text);
            assertFalse(text.contains("GARETH PRICE") || text.contains("/2026"), text);
            assertEquals(0, inkStrokes(pdf));
        }
    }

    @Test
    void unsignedLinesStayBlankForInk() throws Exception {
        try (PDDocument pdf = PdfReading.load(export(Fixtures.withRows(3), SignatureJudge.standard()))) {
            String text = SheetPdfTest.flat(PdfReading.text(pdf));
            assertTrue(text.contains("Signature of candidate: Date: Evidence reference"), text);
            assertTrue(text.contains("Signature of assessor: Name (in block capitals): Date: Countersignature"), text);
            assertEquals(0, inkStrokes(pdf));
        }
    }

    @Test
    void whatFillsASignatureSpaceStandsOnItsRuleAndACaptionIsCentredUnderIt() throws Exception {
        ers.sheet.SheetPage page = SheetExport.layout(Fixtures.sample(), List.of(), SignatureJudge.standard())
                .get(0).pages().get(0);
        List<Element.Rule> rules = page.elements().stream().filter(e -> e instanceof Element.Rule)
                .map(e -> (Element.Rule) e).filter(r -> r.y1() == r.y2()).toList();
        List<Element.Ink> inks = page.elements().stream().filter(e -> e instanceof Element.Ink)
                .map(e -> (Element.Ink) e).toList();
        assertEquals(2, inks.size());
        for (Element.Ink ink : inks) {
            assertTrue(rules.stream().anyMatch(r -> near(r.x1(), ink.x() - 2) && near(r.x2(), ink.x() + ink.width() + 2)
                    && near(r.y1(), ink.y() + ink.height() + 2)), ink + " fills its space 2 pt in from each end, just above the rule");
        }
        for (String date : List.of("02/03/2026", "09/03/2026")) {
            Element.Text text = LayoutReading.line(page, date);
            assertTrue(rules.stream().anyMatch(r -> near(r.x1(), text.x() - 2) && near(r.y1(), text.y() + 3.5)),
                    date + " stands on its rule, 2 pt in");
        }
        List<Element.Text> captions = LayoutReading.texts(page).stream()
                .filter(t -> t.size() == 6 && List.of("signature", "date", "initials").contains(t.text())).toList();
        assertEquals(6, captions.size(), captions.toString());
        for (Element.Text caption : captions) {
            double middle = caption.x() + SheetFonts.metrics().width(caption.text(), caption.face(), caption.size()) / 2;
            assertTrue(rules.stream().anyMatch(r -> near((r.x1() + r.x2()) / 2, middle)
                            && caption.y() - r.y1() > 3 && caption.y() - r.y1() < 9),
                    caption + " is centred under its rule");
        }
        for (Element.Text text : LayoutReading.texts(page)) {
            LayoutReading.Box box = LayoutReading.box(text);
            assertTrue(box.left() >= LayoutReading.LEFT - 0.01 && box.right() <= LayoutReading.RIGHT + 0.01, text + " within the margins");
        }
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) < 0.01;
    }
}
