package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Role;
import ers.portfolio.SignatureState;
import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The spacing of a whole sheet's title and closing blocks and the running head of its later
 * pages, reckoned by hand with a font whose glyphs are a tenth of the size wide and whose
 * ascent is 0.8 of it; thirty one-line rows make the grid run onto a second page, and forty
 * criteria split it into two groups of columns.
 */
class SheetSpacingTest {

    private static SheetData data(Map<Role, SignatureLine> signatures) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(new EvidenceRow("e" + i, "E" + i, "T", List.of("O"), null, null, null, List.of("1.1")));
        }
        LearningOutcome lo = new LearningOutcome(1, "Outcome", List.of(new Criterion("1.1", "Do it")), null);
        return new SheetData("Q", "U1", "Unit", "Name", "line", rows, List.of(lo), signatures,
                List.of(new AssessmentMethod("O", "Observation")), null, null);
    }

    private static List<Element.Text> texts(UnitSheet sheet) {
        return sheet.pages().stream().flatMap(p -> p.elements().stream())
                .filter(e -> e instanceof Element.Text).map(e -> (Element.Text) e).toList();
    }

    private static double baseline(UnitSheet sheet, String text) {
        return texts(sheet).stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow().y();
    }

    @Test
    void theTitleBlockSpacesItsLinesAsTheDesignSays() throws Exception {
        UnitSheet sheet = new SheetLayout(new Monospace()).layout(data(Map.of()), null);
        // Q at 11 pt from 34 to 47.2, 2 more; 18 pt title to 70.8; 12 pt unit title at 80.4, to 85.2
        assertEquals(80.4, baseline(sheet, "Unit"), 1e-9);
        // 1 more, then the 8 pt candidate line at 92.6, to 95.8; 8 more, the 9 pt declaration at 111
        assertEquals(92.6, baseline(sheet, "line"), 1e-9);
        assertEquals(111, baseline(sheet, SheetLayout.CANDIDATE_DECLARATION), 1e-9);
        // the signature line 114.6 to 140.6, 10 more: the grid's heads at 150.6 + 3 + 6.4
        assertEquals(160, baseline(sheet, "Evidence reference"), 1e-9);
    }

    @Test
    void theClosingBlockSpacesItsLinesAsTheDesignSays() throws Exception {
        UnitSheet sheet = new SheetLayout(new Monospace()).layout(data(Map.of()), null);
        double assessor = baseline(sheet, "Signature of assessor:");
        // a 26 high line, 4 between; then a captioned line, 33.5 high, and 4 again
        assertEquals(assessor + 30, baseline(sheet, "Countersignature of qualified assessor (if required) and date:"),
                1e-9);
        assertEquals(assessor + 67.5, baseline(sheet, "IV initials (if sampled) and date:"), 1e-9);
        // the IV line's top is 22.5 above its labels, it is 33.5 high, then 10 and the 8 pt key's ascent
        assertEquals(assessor + 94.9, baseline(sheet, "Key to assessment methods: O = Observation"), 1e-9);
    }

    @Test
    void aLaterPageOfASingleGroupSheetIsHeadedAsTheSheetContinued() throws Exception {
        UnitSheet sheet = new SheetLayout(new Monospace()).layout(data(Map.of()), null);
        assertTrue(sheet.pages().size() >= 2);
        Element.Text head = (Element.Text) sheet.pages().get(1).elements().get(0);
        assertEquals("Evidence Record Sheet · Unit (continued)", head.text());
    }

    private static LearningOutcome twentyCriteria(int number) {
        List<Criterion> criteria = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            criteria.add(new Criterion(number + "." + i, "Do it"));
        }
        return new LearningOutcome(number, "Outcome", criteria, null);
    }

    @Test
    void aLaterGroupsPagesAreHeadedWithTheOutcomesItPrints() throws Exception {
        // forty criteria are too many for one page's width even turned: LO1 and LO2 print apart
        EvidenceRow row = new EvidenceRow("e1", "E1", "T", List.of("O"), null, null, null, List.of("1.1"));
        SheetData data = new SheetData("Q", "U1", "Unit", "Name", "line", List.of(row),
                List.of(twentyCriteria(1), twentyCriteria(2)), Map.of(), List.of(), null, null);
        UnitSheet sheet = new SheetLayout(new Monospace()).layout(data, null);
        assertEquals(2, sheet.pages().size());
        Element.Text head = (Element.Text) sheet.pages().get(1).elements().get(0);
        assertEquals("Evidence Record Sheet · Unit · criteria of LO2", head.text());
    }

    @Test
    void anUnprintableNameSaysWhichSignatureOfWhichUnitItIsIn() {
        TextMeasure noSnowman = new TextMeasure() {
            private final Monospace font = new Monospace();

            @Override
            public double width(String text, Face face, double size) {
                return font.width(text, face, size);
            }

            @Override
            public boolean canPrint(int codePoint, Face face) {
                return codePoint != '\u2603';
            }

            @Override
            public double ascent() {
                return font.ascent();
            }
        };
        SignatureLine signed = new SignatureLine(SignatureState.VALID, "Ann \u2603", "01/12/2026", null, null);
        SheetException e = assertThrows(SheetException.class,
                () -> new SheetLayout(noSnowman).layout(data(Map.of(Role.ASSESSOR, signed)), null));
        assertTrue(e.getMessage().contains(" in the assessor's signature in unit U1: "), e.getMessage());
    }
}
