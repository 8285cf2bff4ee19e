package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.sheet.SheetException;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** What a candidate types prints as typed, or is refused with a message that says what and where. */
class SheetTextTest {

    private static Portfolio titled(String title) {
        return Fixtures.portfolio(new PortfolioUnit(Fixtures.f17(),
                List.of(Fixtures.row("E7", title, List.of("O"), "1.1")), List.of(), List.of()));
    }

    @Test
    void accentsQuotesPoundsAndWelshLettersPrintAndComeBack() throws Exception {
        String title = "Café rota “draft” – £12.50 ‘petty cash’, Gŵyl Ddewi, Dŷ Tŷ, naïve façade";
        try (PDDocument pdf = PdfReading.load(PdfReading.export(titled(title)))) {
            assertTrue(PdfReading.text(pdf).contains(title), PdfReading.text(pdf));
        }
    }

    @Test
    void anEmojiIsRefusedWithTheCharacterAndItsPlace() {
        SheetException e = assertThrows(SheetException.class, () -> PdfReading.export(titled("Team party 🎉 photos")));
        assertEquals("cannot print the character \"🎉\" (U+1F389 PARTY POPPER) in the title of evidence E7 in unit F17:"
                + " the sheet's font (Liberation Sans) has no glyph for it; replace or remove it", e.getMessage());
    }

    @Test
    void chineseIsRefusedTooAndNothingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetException e = assertThrows(SheetException.class, () ->
                SheetExport.toPdf(titled("客户 feedback"), List.of(), out, ExportProgress.NONE));
        assertTrue(e.getMessage().matches("cannot print the character \"客\" \\(U\\+5BA2 [^)]*\\)"
                + " in the title of evidence E7 in unit F17: .*"), e.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void aControlCharacterIsNamedRatherThanPrintedAsABox() {
        SheetException e = assertThrows(SheetException.class, () -> PdfReading.export(titled("bell\u0007")));
        assertTrue(e.getMessage().matches("cannot print the character \\(U\\+0007 [^)]*\\) in the title of evidence E7 .*"),
                e.getMessage());
    }

    @Test
    void aRowTallerThanAPageIsRefusedNotDrawnOverTheMargin() {
        String title = "A very long account of the evidence. ".repeat(400);
        SheetException e = assertThrows(SheetException.class, () -> PdfReading.export(titled(title)));
        assertTrue(e.getMessage().startsWith("evidence E7 in unit F17 is too long to print: its row needs"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("shorten its title or split it into two rows"), e.getMessage());
    }

    @Test
    void aTabInAMethodNamePrintsAsASpaceRatherThanStoppingTheExport() throws Exception {
        Portfolio p = titled("Observation of a briefing");
        Portfolio tabbed = new Portfolio(p.format(), p.formatVersion(), p.candidate(), p.centre(), p.qualification(),
                p.people(), List.of(new ers.portfolio.AssessmentMethod("O", "Direct\tobservation")), p.evidence(), p.units());
        try (PDDocument pdf = PdfReading.load(PdfReading.export(tabbed))) {
            assertTrue(PdfReading.text(pdf).contains("O = Direct observation"), PdfReading.text(pdf));
        }
    }

    @Test
    void lineBreaksInATitleAreKept() throws Exception {
        try (PDDocument pdf = PdfReading.load(PdfReading.export(titled("First line\nSecond line")))) {
            List<PdfReading.Word> words = PdfReading.words(pdf, 0);
            double first = words.stream().filter(w -> w.text().equals("First")).findFirst().orElseThrow().y();
            double second = words.stream().filter(w -> w.text().equals("Second")).findFirst().orElseThrow().y();
            assertTrue(second > first + 9, "the second line is printed below the first");
        }
    }
}
