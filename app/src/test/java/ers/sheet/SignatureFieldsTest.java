package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a signature line puts its fields and what fills their spaces, reckoned by hand with a
 * font whose glyphs are a tenth of the size wide: a 10-character label at 9 pt is 9 pt wide.
 * The page's body runs from x = 34 to x = 807.89, and a fresh flow starts at y = 34.
 */
class SignatureFieldsTest {

    private static final double EPS = 1e-9;
    private static final String LABEL = "Signature:";
    private static final String TEN_A = "aaaaaaaaaa";
    private static final String TEN_B = "bbbbbbbbbb";

    private final PageFlow flow = new PageFlow(new Typesetter(new Monospace()));
    private final SignatureFields fields = new SignatureFields(flow);

    private List<Element.Text> texts() throws SheetException {
        return flow.finish("N", "", "U").get(0).elements().stream()
                .filter(e -> e instanceof Element.Text).map(e -> (Element.Text) e)
                .filter(t -> !t.text().equals("N") && !t.text().startsWith("Page ")).toList();
    }

    private static SignatureFields.Field blank(double width) {
        return new SignatureFields.Field(LABEL, Slot.signature(SignatureLine.BLANK, width, "a signature"));
    }

    private static void assertAt(double x, double y, Element.Text text) {
        assertEquals(x, text.x(), EPS, text.text());
        assertEquals(y, text.y(), EPS, text.text());
    }

    @Test
    void aFieldThatEndsExactlyAtTheRightMarginStaysOnTheLine() throws Exception {
        // 34 + label 9 + gap 6 + space 300 + gap 6 + 2 gaps 12 = 367; then 9 + 6 + 419.89 + 6 ends at 807.89
        fields.line(blank(300), blank(419.89));
        List<Element.Text> texts = texts();
        assertEquals(2, texts.size());
        assertAt(34, 56.5, texts.get(0));
        assertAt(367, 56.5, texts.get(1));
        assertEquals(60, flow.y(), EPS, "an uncaptioned line is one field high");
    }

    @Test
    void aFieldPastTheRightMarginStartsAFurtherLineBelowTheCaptions() throws Exception {
        SignatureFields.Field dated = new SignatureFields.Field(LABEL,
                Slot.signature(SignatureLine.BLANK, 421, "a signature").captioned("date"));
        fields.line(blank(300), dated);
        List<Element.Text> texts = texts();
        assertEquals(List.of(LABEL, LABEL, "date"), texts.stream().map(Element.Text::text).toList());
        assertAt(34, 56.5, texts.get(0));
        // the second line starts 26 + 7.5 caption + 6 gap lower: top 73.5, baseline 96
        assertAt(34, 96, texts.get(1));
        // centred under the 421 wide space that starts at 34 + 9 + 6: 49 + (421 - 2.4) / 2
        assertAt(258.3, 105.5, texts.get(2));
        assertEquals(107, flow.y(), EPS, "the flow goes on under the last line's captions");
    }

    @Test
    void aFirstFieldWiderThanThePageStaysOnTheFirstLine() throws Exception {
        fields.line(blank(800));
        List<Element.Text> texts = texts();
        assertEquals(1, texts.size());
        assertAt(34, 56.5, texts.get(0));
        assertEquals(60, flow.y(), EPS);
    }

    @Test
    void textFillingBothLinesOfASpaceKeepsItsSizeAndStandsOnTheRule() throws Exception {
        // the space is 22 wide, 18 inside: two 10-letter words at 9 pt (18.9) do not share a line
        fields.line(new SignatureFields.Field(LABEL, Slot.text(TEN_A + " " + TEN_B, 22, "initials")));
        List<Element.Text> texts = texts();
        assertEquals(3, texts.size());
        assertAt(51, 45.7, texts.get(1));
        assertAt(51, 56.5, texts.get(2));
        assertEquals(TEN_A, texts.get(1).text());
        assertEquals(TEN_B, texts.get(2).text());
        assertEquals(9, texts.get(1).size(), EPS);
        assertEquals(9, texts.get(2).size(), EPS);
    }

    @Test
    void textNeedingThreeLinesIsSetSmallerUntilAThirdLineFits() throws Exception {
        // five words make 3 lines from 8.5 pt down; only at 6.5 pt is there room for 3 lines
        String five = TEN_A + " " + TEN_B + " cccccccccc dddddddddd eeeeeeeeee";
        fields.line(new SignatureFields.Field(LABEL, Slot.text(five, 22, "initials")));
        List<Element.Text> texts = texts().subList(1, 4);
        assertEquals(List.of(TEN_A + " " + TEN_B, "cccccccccc dddddddddd", "eeeeeeeeee"),
                texts.stream().map(Element.Text::text).toList());
        for (Element.Text text : texts) {
            assertEquals(6.5, text.size(), EPS);
        }
        assertAt(51, 40.9, texts.get(0));
        assertAt(51, 48.7, texts.get(1));
        assertAt(51, 56.5, texts.get(2));
    }
}
