package ers.pdf;

import static ers.pdf.TableReading.EPS;
import static ers.pdf.TableReading.SIZE;
import static ers.pdf.TableReading.assertRuledAsTable;
import static ers.pdf.TableReading.bottom;
import static ers.pdf.TableReading.line;
import static ers.pdf.TableReading.rows;
import static ers.pdf.TableReading.top;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.pdf.TableReading.Row;
import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureJudge;
import ers.sheet.Element;
import ers.sheet.SheetException;
import ers.sheet.SheetPage;
import ers.sheet.UnitSheet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Sheet history" page's layout, read from the laid-out page: its blocks' spacing and its two ruled tables. */
class HistoryLayoutTest {

    private static final double[] EVENTS = {34, 116, 168, 278, 398, LayoutReading.RIGHT};
    private static final double[] CHECKS = {34, 144, 188, 308, 364, LayoutReading.RIGHT};

    @TempDir
    static Path home;

    @BeforeAll
    static void useAnEmptyHome() {
        System.setProperty("ers.home", home.toString());
    }

    @AfterAll
    static void forgetHome() {
        System.clearProperty("ers.home");
    }

    private static SheetPage historyPage(Portfolio portfolio) throws Exception {
        UnitSheet sheet = SheetExport.layout(portfolio, List.of(), SignatureJudge.standard(), true).get(0);
        return sheet.pages().get(sheet.historyPage());
    }

    private static List<String> words(Row row) {
        return row.texts().stream().map(Element.Text::text).toList();
    }

    @Test
    void theHistoryAndTheSignaturesNowStandInTwoRuledTablesTheirSetDistancesApart() throws Exception {
        SheetPage page = historyPage(Fixtures.signedSample());
        Element.Text head = LayoutReading.texts(page).get(0);
        assertTrue(head.text().startsWith("Sheet history · Unit "), head.text());
        assertTrue(head.text().endsWith(" · OCR Level 3 NVQ in Team Leading"), "the head names the qualification: "
                + head.text());
        Element.Text candidate = line(page, "Candidate: Priya Ramsden");
        assertEquals(bottom(head) + 6, top(candidate), EPS);
        Element.Text heading = line(page, "Signing, reopening and voiding, in the order they happened (UK time)");
        assertEquals(bottom(candidate) + 8, top(heading), EPS);
        Element.Text now = line(page, "Signatures now");
        List<Row> rows = rows(page);
        List<Row> events = rows.stream().filter(r -> r.top() < now.y()).toList();
        List<Row> checks = rows.stream().filter(r -> r.top() > now.y()).toList();
        assertEquals(bottom(heading) + 3, events.get(0).top(), EPS);
        assertEquals(events.get(events.size() - 1).bottom() + 12, top(now), EPS);
        assertEquals(bottom(now) + 3, checks.get(0).top(), EPS);
        assertEquals(List.of("Date and time", "Action", "Role", "Name", "Detail"), words(events.get(0)));
        assertEquals(List.of("Role", "State", "Name", "Date", "Remarks"), words(checks.get(0)));
        assertTrue(events.size() > 1 && checks.size() > 1);
        events.forEach(row -> assertRuledAsTable(row, EVENTS));
        checks.forEach(row -> assertRuledAsTable(row, CHECKS));
    }

    @Test
    void aSheetNeverSignedSaysSoInPlaceOfTheHistoryTable() throws Exception {
        SheetPage page = historyPage(Fixtures.sample());
        Element.Text heading = line(page, "Signing, reopening and voiding");
        Element.Text nothing = line(page, "Nothing has been signed, reopened or voided.");
        assertEquals(SIZE, nothing.size());
        assertEquals(bottom(heading) + 3, top(nothing), EPS);
        Element.Text now = line(page, "Signatures now");
        assertEquals(bottom(nothing) + 12, top(now), EPS);
        List<Row> rows = rows(page);
        assertEquals(List.of("Role", "State", "Name", "Date", "Remarks"), words(rows.get(0)));
        assertEquals(bottom(now) + 3, rows.get(0).top(), EPS);
        rows.forEach(row -> assertRuledAsTable(row, CHECKS));
    }

    @Test
    void aHistoryEntryTallerThanAPageIsRefusedNamingItsLine() throws Exception {
        Portfolio sample = Fixtures.sample();
        PortfolioUnit f17 = sample.units().get(0);
        Instant at = Instant.parse("2026-05-05T09:05:00Z");
        PortfolioUnit withHistory = new PortfolioUnit(f17.spec(), f17.evidence(), f17.signatures(), List.of(
                new HistoryEntry(at, HistoryEntry.Action.SIGNED, Role.ASSESSOR, "Gareth Price", "signed"),
                new HistoryEntry(at.plusSeconds(60), HistoryEntry.Action.VOIDED, Role.ASSESSOR, "Gareth Price",
                        "changed ".repeat(4000))));
        SheetException refused = assertThrows(SheetException.class,
                () -> historyPage(sample.withUnits(List.of(withHistory))));
        assertEquals("line 2 of the history of unit F17 is taller than a page", refused.getMessage());
    }
}
