package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.SignatureJudge;
import ers.sheet.Element;
import ers.sheet.SheetPage;
import ers.sheet.UnitSheet;
import ers.spec.UnitSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules a careful printer keeps, checked on the laid-out pages of generated units from 10 to
 * 60 criteria and 0 to 400 rows, with 200-character names and 1,200-character titles.
 */
class TypesettingRulesTest {

    static final int[] CRITERIA = {10, 20, 22, 27, 45, 60};
    static final int[] ROWS = {0, 1, 8, 12, 13, 45, 400};
    static final String LONG_NAME = name(200);
    static final String LONG_TITLE = ("Observation of the candidate leading the weekly team meeting, agreeing "
            + "targets, handling a complaint and recording the actions agreed with each member of the team. ")
            .repeat(8).substring(0, 1200);

    static Stream<Arguments> sheets() {
        List<Arguments> all = new ArrayList<>();
        for (int criteria : CRITERIA) {
            for (int rows : ROWS) {
                all.add(Arguments.of(criteria, rows));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} criteria, {1} rows")
    @MethodSource("sheets")
    void everyRuleHoldsOnGeneratedSheets(int criteria, int rows) throws Exception {
        checkRules(layout(generated(criteria, rows, false)), rows, false);
        checkRules(layout(generated(criteria, rows, true)), rows, true);
    }

    /** Every title 1,200 characters long: rows so tall that only one may go with the closing block. */
    static void checkRules(UnitSheet sheet, int rows, boolean allLong) {
        String what = sheet.unitCode() + ", " + rows + " rows" + (allLong ? " of long titles" : "");
        List<SheetPage> pages = sheet.pages();
        SheetPage closing = pages.get(pages.size() - 1);
        Element.Text declaration = LayoutReading.line(closing, "I confirm that the candidate");
        assertNotNull(declaration, what + ": the closing block ends the sheet");
        assertNotNull(LayoutReading.line(closing, "Evidence title"), what + ": the header rows repeat over it");
        int withIt = LayoutReading.references(closing).size();
        if (rows == 0) {
            assertTrue(LayoutReading.gridRules(closing).size() >= 4, what + ": blank ruled rows above the block");
        } else {
            assertTrue(withIt >= (allLong ? 1 : Math.min(2, rows)), what + ": rows with the closing block: " + withIt);
        }
        List<List<SheetPage>> groups = groups(pages);
        assertEquals(sheet.groups(), groups.size(), what + ": page groups");
        List<List<String>> first = groups.get(0).stream().map(LayoutReading::references).toList();
        List<Integer> firstRuled = groups.get(0).stream().map(p -> LayoutReading.gridRules(p).size()).toList();
        double fullest = Double.POSITIVE_INFINITY;
        for (List<SheetPage> group : groups) {
            assertEquals(first, group.stream().map(LayoutReading::references).toList(),
                    what + ": every group has the same rows on the same pages");
            assertEquals(firstRuled, group.stream().map(p -> LayoutReading.gridRules(p).size()).toList(),
                    what + ": every group has the same blank ruled rows, so its last page lies beside the others'");
            SheetPage last = group.get(group.size() - 1);
            List<Double> rules = LayoutReading.gridRules(last);
            double bottom = rules.get(rules.size() - 1);
            double left = last == closing
                    ? declaration.y() - SheetFonts.metrics().ascent() * declaration.size() - 12 - bottom
                    : LayoutReading.BODY_BOTTOM - bottom;
            assertTrue(left >= -0.01, what + ": blank rows stop above the block or the foot on page " + last.number());
            fullest = Math.min(fullest, left);
        }
        // The groups' last pages share one count of blank rows: the page with the least room is filled.
        assertTrue(fullest < 20, what + ": blank rows fill the groups' last pages, " + fullest + " pt left");
        List<SheetPage> firstGroup = groups.get(0);
        for (int p = 0; p + 2 < firstGroup.size(); p++) {
            List<Double> rules = LayoutReading.gridRules(firstGroup.get(p));
            List<Double> next = LayoutReading.gridRules(firstGroup.get(p + 1));
            assertTrue(next.get(2) - next.get(1) > LayoutReading.BODY_BOTTOM - rules.get(rules.size() - 1),
                    what + ": page " + firstGroup.get(p).number() + " is full: the next row would not fit");
        }
        for (SheetPage page : pages) {
            assertEquals(List.of(), LayoutReading.overlaps(page), what);
            for (Element e : page.elements()) {
                assertTrue(LayoutReading.box(e).inside(LayoutReading.MARGIN), what + ": " + e + " inside the margins");
            }
        }
    }

    /** Runs of pages heading the same criterion numbers. */
    static List<List<SheetPage>> groups(List<SheetPage> pages) {
        List<List<SheetPage>> groups = new ArrayList<>();
        List<String> current = null;
        for (SheetPage page : pages) {
            List<String> numbers = LayoutReading.criteria(page);
            if (numbers.isEmpty()) {
                continue;
            }
            if (!numbers.equals(current)) {
                groups.add(new ArrayList<>());
                current = numbers;
            }
            groups.get(groups.size() - 1).add(page);
        }
        return groups;
    }

    @Test
    void aPrintedFormHoldsTheSameRulesToo() throws Exception {
        checkRules(layout(Fixtures.sample()), 5, false);
        Portfolio shipped = Fixtures.shippedSample();
        for (PortfolioUnit unit : shipped.units()) {
            checkRules(layout(shipped.withUnits(List.of(unit))), unit.evidence().size(), false);
        }
    }

    @Test
    void aLongNameIsShortenedInTheFooterAndNeverReachesThePageNumber() throws Exception {
        for (Portfolio portfolio : List.of(generated(60, 12, false), withCandidate(name(200).replace(" ", "x")))) {
            for (SheetPage page : layout(portfolio).pages()) {
                List<Element.Text> texts = LayoutReading.texts(page);
                Element.Text footer = texts.get(texts.size() - 2);
                Element.Text number = texts.get(texts.size() - 1);
                assertTrue(footer.text().endsWith("\u2026 · Unit " + page.unitCode()), footer.text());
                assertTrue(LayoutReading.box(footer).right() + 12 <= LayoutReading.box(number).left() + 0.01,
                        footer.text() + " stops short of " + number.text());
            }
        }
    }

    @Test
    void aCodeAndItsNameNeverPart() throws Exception {
        List<String> codes = List.of("O", "PD", "WT", "Q", "P", "RA", "RPL", "ES", "CS", "SIM", "VS", "OT", "PR",
                "WQ", "AS", "EX", "LOG", "DIA", "REF", "MOD");
        Portfolio portfolio = Fixtures.portfolio(new PortfolioUnit(Fixtures.f17(),
                List.of(Fixtures.row("E1", "Everything", codes, "1.1")), List.of(), List.of()));
        List<SheetPage> pages = layout(portfolio).pages();
        List<String> key = LayoutReading.texts(pages.get(pages.size() - 1)).stream().map(Element.Text::text)
                .dropWhile(t -> !t.startsWith("Key to assessment methods:"))
                .takeWhile(t -> !t.startsWith(portfolio.candidate().name())).toList();
        assertTrue(key.size() > 1, "the key runs over several lines: " + key);
        for (String code : codes) {
            String entry = code + " = " + portfolio.methodName(code).orElse("not in the centre's key");
            assertEquals(1, key.stream().filter(l -> l.contains(entry)).count(), entry + " on one line: " + key);
        }
    }

    @Test
    void numbersTurnWhenUprightOnesWouldSqueezeTheTitles() throws Exception {
        assertTrue(turned(layout(shortTitles(Fixtures.unit("G20", 4, 5), 12))), "20 criteria: turned");
        assertTrue(turned(layout(generated(22, 12, false))), "22 criteria: turned");
        assertFalse(turned(layout(shortTitles(Fixtures.unit("G10", 2, 5), 12))), "10 criteria: across, titles 432 pt");
        // Across, titles stay 432 pt wide, but the three 1,200-character ones wrap onto a further page.
        assertTrue(turned(layout(generated(10, 12, false))), "10 criteria, long titles: turned, a page fewer");
        assertFalse(turned(layout(Fixtures.sample())), "F17's 13 criteria: across");
    }

    private static Portfolio shortTitles(UnitSpec unit, int rows) {
        List<EvidenceRow> evidence = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            evidence.add(Fixtures.row("E" + i, "Witness testimony from the branch manager, item " + i, List.of("O"),
                    "1.1"));
        }
        return Fixtures.portfolio(new PortfolioUnit(unit, evidence, List.of(), List.of()));
    }

    private static boolean turned(UnitSheet sheet) {
        return sheet.pages().get(0).elements().stream().anyMatch(e -> e instanceof Element.Text t && t.rotated());
    }

    static UnitSheet layout(Portfolio portfolio) throws Exception {
        return SheetExport.layout(portfolio, List.of(), SignatureJudge.standard()).get(0);
    }

    /**
     * A unit of {@code criteria} criteria and {@code rows} rows, one title in five (or, with
     * {@code allLong}, every title) 1,200 characters long, the candidate's, centre's and
     * assessor's names 200 characters long, the assessor's signature typed.
     */
    static Portfolio generated(int criteria, int rows, boolean allLong) {
        int[] shape = switch (criteria) {
            case 10 -> new int[] {2, 5};
            case 20 -> new int[] {4, 5};
            case 22 -> new int[] {2, 11};
            case 27 -> new int[] {3, 9};
            case 45 -> new int[] {5, 9};
            case 60 -> new int[] {6, 10};
            default -> throw new IllegalArgumentException(criteria + " criteria");
        };
        UnitSpec unit = Fixtures.unit("G" + criteria, shape[0], shape[1]);
        List<EvidenceRow> evidence = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            String title = allLong || i % 5 == 2 ? LONG_TITLE : "Witness testimony from the branch manager, item " + i;
            evidence.add(Fixtures.row("E" + i, title, List.of(i % 2 == 0 ? "O" : "PD"),
                    "1." + (i % shape[1] + 1), shape[0] + "." + shape[1]));
        }
        Portfolio portfolio = Portfolio.create(new Candidate(LONG_NAME, "0042"), new Centre(name(200), "61234"),
                "OCR Level 3 NVQ in Team Leading", List.of(new PortfolioUnit(unit, evidence, List.of(), List.of())));
        return Fixtures.signed(portfolio, new Signature(Role.ASSESSOR, name(200), LocalDate.of(2026, 3, 9), null,
                name(200), null, null));
    }

    private static Portfolio withCandidate(String name) {
        Portfolio sample = Fixtures.sample();
        return Portfolio.create(new Candidate(name, "0042"), sample.centre(), sample.qualification(), sample.units());
    }

    /** Welsh names, run together to {@code length} characters. */
    static String name(int length) {
        return "Angharad Bethan Ceridwen Dilys Eluned Ffion Gwenllian Heledd Ifanwy Lowri Morwenna Nerys "
                .repeat(4).substring(0, length).strip();
    }
}
