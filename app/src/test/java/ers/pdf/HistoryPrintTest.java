package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureJudge;
import ers.portfolio.UkDates;
import ers.portfolio.SignatureState;
import ers.portfolio.seal.SealedHistory;
import ers.portfolio.seal.TrustList;
import ers.sheet.UnitSheet;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/** The printable signing history (issue 5): the "Sheet history" pages after each unit's sheet, read back. */
class HistoryPrintTest {

    @TempDir
    static Path home;

    @BeforeAll
    static void initialise() {
        VeraGreenfieldFoundryProvider.initialise();
        System.setProperty("ers.home", home.toString());
    }

    @AfterAll
    static void forgetHome() {
        System.clearProperty("ers.home");
    }

    private static byte[] export(Portfolio portfolio, SignatureJudge judge, boolean history) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.write(portfolio, SheetExport.layout(portfolio, List.of(), judge, history), out,
                ExportProgress.NONE);
        return out.toByteArray();
    }

    /** The text of one unit's history pages, found through the unit's bookmark and its child. */
    private static String historyText(PDDocument pdf, int unit) throws Exception {
        List<PDOutlineItem> units = new ArrayList<>();
        pdf.getDocumentCatalog().getDocumentOutline().children().forEach(units::add);
        PDOutlineItem history = units.get(unit).getFirstChild();
        assertEquals(SheetExport.HISTORY_BOOKMARK, history.getTitle());
        int from = pdf.getPages().indexOf(history.findDestinationPage(pdf));
        int to = unit + 1 < units.size() ? pdf.getPages().indexOf(units.get(unit + 1).findDestinationPage(pdf))
                : pdf.getNumberOfPages();
        StringBuilder text = new StringBuilder();
        for (int page = from; page < to; page++) {
            text.append(PdfReading.text(pdf, page));
        }
        return text.toString();
    }

    /** Each piece must be found after the one before it. */
    private static void assertInOrder(String text, List<String> pieces) {
        int at = 0;
        for (String piece : pieces) {
            int found = text.indexOf(piece, at);
            assertTrue(found >= 0, "\"" + piece + "\" after position " + at + " in:\n" + text);
            at = found + piece.length();
        }
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static final java.time.format.DateTimeFormatter UK_TIME = java.time.format.DateTimeFormatter
            .ofPattern("dd/MM/yyyy HH:mm").withZone(java.time.ZoneId.of("Europe/London"));

    @Test
    void everyEntryOfTheSignedSampleIsPrintedInOrder() throws Exception {
        Portfolio signed = Fixtures.signedSample();
        try (PDDocument pdf = PdfReading.load(export(signed, SignatureJudge.standard(), true))) {
            for (int u = 0; u < signed.units().size(); u++) {
                PortfolioUnit unit = signed.units().get(u);
                String text = words(historyText(pdf, u));
                List<String> expected = new ArrayList<>(List.of("Sheet history", unit.spec().code()));
                for (HistoryEntry entry : unit.history()) {
                    // Every entry of the sample was written at 16:00 UK time on the day its signature is dated.
                    String day = UkDates.format(unit.signature(entry.role()).orElseThrow().date());
                    assertEquals(day + " 16:00", UK_TIME.format(entry.at()));
                    expected.addAll(List.of(day + " 16:00", entry.action().key(), entry.role().label(),
                            entry.name(), entry.detail()));
                }
                assertFalse(unit.history().isEmpty());
                assertInOrder(text, expected);
            }
        }
    }

    @Test
    void eachSignatureIsPrintedWithItsStateAsTheSealCheckWordsIt() throws Exception {
        try (PDDocument pdf = PdfReading.load(export(Fixtures.signedSample(), SignatureJudge.standard(), true))) {
            String b13 = words(historyText(pdf, 1));
            assertInOrder(b13, List.of("Signatures now", "Candidate valid Priya Ramsden", "digest only, not key-signed",
                    "Assessor valid HELEN WHITWORTH", "key-signed by CN=Helen Whitworth,O=Calder Valley Training",
                    "(untrusted certificate", "Countersigning assessor absent"));
        }
        new TrustList(home.resolve("trusted")).importCertificate(
                Path.of(System.getProperty("ers.repo", "."), "samples", "sample-assessor.cer"));
        try (PDDocument pdf = PdfReading.load(export(Fixtures.signedSample(), SignatureJudge.standard(), true))) {
            assertInOrder(words(historyText(pdf, 1)), List.of("Assessor valid HELEN WHITWORTH",
                    "key-signed by CN=Helen Whitworth,O=Calder Valley Training Partnership (trusted certificate"));
        }
    }

    @Test
    void aVoidSignatureIsPrintedVoidAndUkSummerTimeIsUsed() throws Exception {
        Portfolio sample = Fixtures.sample();
        PortfolioUnit f17 = sample.units().get(0);
        String reason = "the evidence row E3 was changed after it was signed, " + "so ".repeat(80) + "the end";
        PortfolioUnit withHistory = new PortfolioUnit(f17.spec(), f17.evidence(), f17.signatures(), List.of(
                new HistoryEntry(Instant.parse("2026-05-05T09:05:00Z"), HistoryEntry.Action.SIGNED, Role.ASSESSOR,
                        "Gareth Price", "sealed 0123456789abcdef"),
                new HistoryEntry(Instant.parse("2026-06-01T23:30:00Z"), HistoryEntry.Action.VOIDED, Role.ASSESSOR,
                        "Gareth Price", reason)));
        Portfolio portfolio = sample.withUnits(List.of(withHistory));
        SignatureJudge judge = (p, u, role) -> u.signature(role).isEmpty() ? SignatureState.ABSENT
                : role == Role.ASSESSOR ? SignatureState.VOID : SignatureState.VALID;
        try (PDDocument pdf = PdfReading.load(export(portfolio, judge, true))) {
            String text = words(historyText(pdf, 0));
            assertInOrder(text, List.of("05/05/2026 10:05 signed Assessor Gareth Price " + SealedHistory.NOT_SEALED
                            + "; sealed 0123456789abcdef", "02/06/2026 00:30 voided Assessor Gareth Price "
                            + SealedHistory.NOT_SEALED, reason, "Signatures now", "Assessor VOID"));
        }
    }

    @Test
    void aLongHistoryRunsOnWithItsHeaderRepeated() throws Exception {
        Portfolio sample = Fixtures.sample();
        PortfolioUnit f17 = sample.units().get(0);
        List<HistoryEntry> entries = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            HistoryEntry.Action action = i % 2 == 0 ? HistoryEntry.Action.SIGNED : HistoryEntry.Action.REOPENED;
            entries.add(new HistoryEntry(Instant.parse("2026-01-10T08:00:00Z").plusSeconds(3600L * 24 * i), action,
                    Role.ASSESSOR, "Gareth Price", "entry number " + i + " of the history"));
            // The first is the signing entry of the sample's assessor signature, which stands; nothing seals the rest.
            expected.add(action.key() + " Assessor Gareth Price " + (i == 0 ? "" : SealedHistory.NOT_SEALED + "; ")
                    + "entry number " + i + " of the history");
        }
        Portfolio portfolio = sample.withUnits(List.of(
                new PortfolioUnit(f17.spec(), f17.evidence(), f17.signatures(), entries)));
        UnitSheet sheet = SheetExport.layout(portfolio, List.of(), SignatureJudge.standard(), true).get(0);
        int historyPages = sheet.pages().size() - sheet.historyPage();
        assertTrue(historyPages >= 2, historyPages + " history pages");
        try (PDDocument pdf = PdfReading.load(export(portfolio, SignatureJudge.standard(), true))) {
            assertInOrder(words(historyText(pdf, 0)), expected);
            for (int page = sheet.historyPage(); page < sheet.pages().size(); page++) {
                String text = words(PdfReading.text(pdf, page));
                assertInOrder(text, List.of("Sheet history · Unit F17", "Date and time Action Role Name Detail"));
            }
        }
    }

    @Test
    void historyPagesAreNumberedWithinTheirUnitAndArchival() throws Exception {
        Portfolio signed = Fixtures.signedSample();
        List<UnitSheet> sheets = SheetExport.layout(signed, List.of(), SignatureJudge.standard(), true);
        byte[] bytes = export(signed, SignatureJudge.standard(), true);
        try (PDDocument pdf = PdfReading.load(bytes)) {
            int page = 0;
            for (UnitSheet sheet : sheets) {
                int count = sheet.pages().size();
                assertTrue(sheet.historyPage() > 0 && sheet.historyPage() < count);
                for (int i = 0; i < count; i++) {
                    String text = PdfReading.text(pdf, page++);
                    assertTrue(text.contains("Page " + (i + 1) + " of " + count), text);
                    assertTrue(text.contains("Priya Ramsden · Unit " + sheet.unitCode()), text);
                }
            }
            assertEquals(pdf.getNumberOfPages(), page);
        }
        ArchivalPdfTest.assertPdfA2b(bytes);
    }

    @Test
    void withoutTheOptionNothingChanges() throws Exception {
        Portfolio signed = Fixtures.signedSample();
        List<UnitSheet> plain = SheetExport.layout(signed, List.of(), SignatureJudge.standard());
        List<UnitSheet> with = SheetExport.layout(signed, List.of(), SignatureJudge.standard(), true);
        for (int u = 0; u < plain.size(); u++) {
            assertEquals(-1, plain.get(u).historyPage());
            assertEquals(plain.get(u).pages().size(), with.get(u).historyPage(), "history follows the whole sheet");
            assertEquals(plain.get(u).pages().get(0).elements().stream().filter(e -> !isPageNumber(e)).toList(),
                    with.get(u).pages().get(0).elements().stream().filter(e -> !isPageNumber(e)).toList());
        }
        try (PDDocument pdf = PdfReading.load(export(signed, SignatureJudge.standard(), false))) {
            assertFalse(PdfReading.text(pdf).contains("Sheet history"));
            pdf.getDocumentCatalog().getDocumentOutline().children()
                    .forEach(item -> assertEquals(null, item.getFirstChild(), item.getTitle()));
        }
    }

    private static boolean isPageNumber(ers.sheet.Element element) {
        return element instanceof ers.sheet.Element.Text t && t.text().startsWith("Page ");
    }
}
