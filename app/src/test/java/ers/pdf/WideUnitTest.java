package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.spec.Criterion;
import ers.spec.UnitSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A unit with more criteria than fit across a page continues them on further page groups. */
class WideUnitTest {

    @ParameterizedTest(name = "{0} outcomes of {1} criteria")
    @CsvSource({"6, 10", "1, 40"})
    void everyCriterionIsPrintedOncePerPageGroup(int outcomes, int perOutcome) throws Exception {
        UnitSpec wide = Fixtures.unit("W" + outcomes * perOutcome, outcomes, perOutcome);
        List<EvidenceRow> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(Fixtures.row("E" + i, "Evidence item " + i, List.of("O"), "1.1",
                    outcomes + "." + perOutcome, outcomes + "." + (i % perOutcome + 1)));
        }
        Portfolio portfolio = Fixtures.portfolio(new PortfolioUnit(wide, rows, List.of(), List.of()));
        List<String> seen = new ArrayList<>();
        try (PDDocument pdf = PdfReading.load(PdfReading.export(portfolio))) {
            List<String> previous = List.of();
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                String text = SheetPdfTest.flat(PdfReading.text(pdf, p));
                List<String> numbers = PdfReading.words(pdf, p).stream().map(PdfReading.Word::text)
                        .filter(t -> t.matches("\\d+\\.\\d+")).toList();
                if (numbers.isEmpty()) {
                    continue;
                }
                assertEquals(numbers.stream().distinct().count(), numbers.size(), "no criterion twice on a page");
                for (EvidenceRow row : rows) {
                    if (text.contains(" " + row.reference() + " Evidence item ")) {
                        assertTrue(text.contains(row.title()));
                    }
                }
                if (!numbers.equals(previous)) {
                    seen.addAll(numbers);
                    previous = numbers;
                }
            }
            assertEquals(wide.criteria().stream().map(Criterion::number).toList(), seen,
                    "every criterion, in numeric order, once per page group");
        }
        assertTrue(SheetExport.layout(portfolio, List.of(), (pf, u, r) -> null).get(0).groups() > 1);
    }

    @ParameterizedTest(name = "{0} outcomes of {1} criteria: groups of {2}")
    @CsvSource({"1, 40, 20 20", "7, 10, 20 20 30", "2, 40, 20 20 20 20"})
    void pageGroupsAreAsEvenAsOutcomeBoundariesAllow(int outcomes, int perOutcome, String expected)
            throws Exception {
        UnitSpec wide = Fixtures.unit("W" + outcomes * perOutcome, outcomes, perOutcome);
        Portfolio portfolio = Fixtures.portfolio(new PortfolioUnit(wide,
                List.of(Fixtures.row("E1", "Only", List.of("O"), "1.1")), List.of(), List.of()));
        List<Integer> sizes = new ArrayList<>();
        try (PDDocument pdf = PdfReading.load(PdfReading.export(portfolio))) {
            for (int p = 0; p < pdf.getNumberOfPages(); p++) {
                long numbers = PdfReading.words(pdf, p).stream().filter(w -> w.text().matches("\\d+\\.\\d+")).count();
                if (numbers > 0) {
                    sizes.add((int) numbers);
                }
            }
        }
        assertEquals(expected, sizes.stream().map(String::valueOf).collect(Collectors.joining(" ")),
                "criteria per page group");
    }

    @Test
    void everyRowIsRepeatedInEachGroupWithItsTicks() throws Exception {
        UnitSpec wide = Fixtures.unit("W60", 6, 10);
        List<EvidenceRow> rows = List.of(Fixtures.row("E1", "First", List.of("O"), "1.1", "6.10"),
                Fixtures.row("E2", "Second", List.of("PD"), "4.10"));
        Portfolio portfolio = Fixtures.portfolio(new PortfolioUnit(wide, rows, List.of(), List.of()));
        TickPositionTest.assertTicks(portfolio);
        try (PDDocument pdf = PdfReading.load(PdfReading.export(portfolio))) {
            String all = SheetPdfTest.flat(PdfReading.text(pdf));
            assertEquals(2, SheetPdfTest.count(all, "E1 First O"), "the text columns repeat in each group");
        }
    }
}
