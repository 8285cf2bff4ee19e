package ers.pdf;

import static ers.pdf.PdfReading.export;
import static ers.pdf.PdfReading.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The exported sheet read back with PDFBox: its words, in the order a reader meets them. */
class SheetPdfTest {

    @Test
    void printsEveryElementOfTheReferenceSheetInReadingOrder() throws Exception {
        try (PDDocument pdf = load(export(Fixtures.sample()))) {
            assertInOrder(flat(PdfReading.text(pdf)),
                    "OCR Level 3 NVQ in Team Leading",
                    "Evidence Record Sheet",
                    "Unit F17 Manage customer service in own area of responsibility",
                    "Candidate: Rhian Llewellyn, number 0042 · Centre: Northgate Training, number 61234",
                    "I confirm that the evidence provided is a result of my own work.",
                    "Signature of candidate: Date: 02/03/2026",
                    "Evidence reference Evidence title Assessment method LO1 LO2 LO3",
                    "1.1 1.2 1.3 2.1 2.2 2.3 3.1 3.2 3.3 3.4",
                    "E1 Observation of a team briefing on the new complaints procedure O",
                    "E2 Professional discussion: how customer service standards are set and monitored in the branch PD",
                    "E3 Customer feedback log, March to May, with the candidate’s actions noted P, Q",
                    "E4 Witness testimony from the branch manager WT",
                    "E5 Reflective account of a difficult escalation RA",
                    "I confirm that the candidate has demonstrated competence by satisfying all of the criteria "
                            + "for this unit.",
                    "Signature of assessor: Name (in block capitals): GARETH PRICE Date: 09/03/2026",
                    "Countersignature of qualified assessor (if required) and date:",
                    "IV initials (if sampled) and date: Countersignature of qualified IV (if required) and date:",
                    "Key to assessment methods: O = Observation, PD = Professional discussion, Q = Questioning, "
                            + "WT = Witness testimony, P = Product, RA = Reflective account",
                    "Rhian Llewellyn · Unit F17",
                    "Page 1 of 1");
        }
    }

    @Test
    void aLongTitleIsPrintedWhole() throws Exception {
        StringBuilder title = new StringBuilder();
        for (int i = 0; title.length() < 2000; i++) {
            title.append("word").append(i).append(i % 7 == 0 ? "-hyphenated-and-rather-long " : " ");
        }
        String text = title.substring(0, 2000).strip();
        Portfolio portfolio = Fixtures.portfolio(new PortfolioUnit(Fixtures.f17(),
                List.of(Fixtures.row("E1", text, List.of("O"), "1.1")), List.of(), List.of()));
        try (PDDocument pdf = load(export(portfolio))) {
            assertTrue(flat(PdfReading.text(pdf)).contains(text), "every word of the title, in order");
        }
    }

    @Test
    void aWordLongerThanItsColumnIsBrokenNotCut() throws Exception {
        String word = "x".repeat(400);
        Portfolio portfolio = Fixtures.portfolio(new PortfolioUnit(Fixtures.f17(),
                List.of(Fixtures.row("E1", word, List.of("O"), "1.1")), List.of(), List.of()));
        try (PDDocument pdf = load(export(portfolio))) {
            assertTrue(PdfReading.text(pdf).replaceAll("\\s", "").contains(word));
        }
    }

    @Test
    void pagesFollowTheNumberOfRows() throws Exception {
        // One-line rows: 18 fit under the title block, 22 on each later page; the assessor's block
        // needs about 7 rows' height and moves to a page of its own when the last page is full.
        assertPages(1, 1);
        assertPages(40, 3);
        assertPages(400, 18);
    }

    private static void assertPages(int rows, int pages) throws Exception {
        Portfolio portfolio = Fixtures.withRows(rows);
        try (PDDocument pdf = load(export(portfolio))) {
            assertEquals(pages, pdf.getNumberOfPages(), rows + " rows");
            String all = PdfReading.text(pdf);
            for (int page = 0; page < pages; page++) {
                String text = flat(PdfReading.text(pdf, page));
                assertTrue(text.endsWith("Page " + (page + 1) + " of " + pages), text);
                if (text.contains("Evidence item number")) {
                    assertTrue(text.contains("Evidence reference Evidence title Assessment method LO1 LO2 LO3"),
                            "header rows repeat on page " + (page + 1));
                }
            }
            for (EvidenceRow row : portfolio.units().get(0).evidence()) {
                assertEquals(1, count(all, row.title()), row.reference() + " printed once");
            }
            String last = flat(PdfReading.text(pdf, pages - 1));
            assertTrue(last.contains("Signature of assessor:") && last.contains("Key to assessment methods"),
                    "the assessor's block, whole, on the last page");
        }
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static String flat(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            if (at < 0) {
                fail("\"" + part + "\" not found after position " + from + " in:\n" + text);
            }
            from = at + part.length();
        }
    }
}
