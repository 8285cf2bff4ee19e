package ers.pdf;

import static ers.pdf.TableReading.EPS;
import static ers.pdf.TableReading.SIZE;
import static ers.pdf.TableReading.assertRuledAsTable;
import static ers.pdf.TableReading.bottom;
import static ers.pdf.TableReading.line;
import static ers.pdf.TableReading.rows;
import static ers.pdf.TableReading.top;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.pdf.TableReading.Row;
import ers.portfolio.PortfolioReader;
import ers.portfolio.SignatureJudge;
import ers.sheet.Element;
import ers.sheet.Face;
import ers.sheet.SheetPage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The achievement record's page layout read from the laid-out pages: its vertical rhythm (each
 * block a set distance below the one before), its ruled tables cell by cell, and where a table
 * that does not fit runs on to the next page.
 */
class AchievementRecordLayoutTest {

    private static final Path SAMPLES = Path.of(System.getProperty("ers.repo", "..")).resolve("samples");
    private static final double TOP = 34;

    private static List<SheetPage> record(String sample) throws Exception {
        return SummaryExport.layout(PortfolioReader.read(SAMPLES.resolve(sample)), SignatureJudge.standard(),
                LocalDate.of(2026, 12, 1));
    }

    private static final double[] UNITS = {34, 78, 288, 322, 362, 432, 492, 602, 712, LayoutReading.RIGHT};
    private static final double[] GAPS = {34, 84, LayoutReading.RIGHT};

    @Test
    void theTitleBlockNamesAndTablesStandTheirSetDistancesApart() throws Exception {
        SheetPage page = record("in-progress-customer-service.ers.json").get(0);
        Element.Text qualification = line(page, "OCR Level 4 NVQ Diploma in Customer Service");
        assertEquals(TOP, top(qualification), EPS);
        assertEquals(11, qualification.size());
        Element.Text title = line(page, "Unit achievement record");
        assertEquals(Face.BOLD, title.face());
        assertEquals(18, title.size());
        assertEquals(bottom(qualification) + 2, top(title), EPS);
        Element.Text candidate = line(page, "Candidate: Siân Whitfield");
        assertEquals(bottom(title) + 1, top(candidate), EPS);
        Element.Text people = line(page, "Assessor: Ravi Chandra (trainee) · Countersigning assessor: Helen Whitworth");
        assertEquals(bottom(candidate), top(people), EPS);
        List<Row> rows = rows(page);
        assertEquals(bottom(people) + 8, rows.get(0).top(), EPS, "the table 8 pt under the names");
        Element.Text totals = line(page, "Credits signed off: 0 of 24 credits");
        assertEquals(rows.get(3).bottom() + 8, top(totals), EPS, "the totals 8 pt under the last unit");
        Element.Text gaps = line(page, "Gap analysis: criteria not yet covered by any evidence");
        assertEquals(bottom(totals) + 14, top(gaps), EPS);
        Element.Text unit = line(page, "Unit B13 Plan, organise and control customer service operations: 15 criteria");
        assertEquals(bottom(gaps) + 3 + 4, top(unit), EPS);
        assertEquals(bottom(unit) + 2, rows.get(4).top(), EPS, "the unit's gaps 2 pt under its title");
    }

    @Test
    void everyRowOfTheUnitsTableIsRuledCellByCellUnderAShadedHeader() throws Exception {
        List<Row> rows = rows(record("in-progress-customer-service.ers.json").get(0));
        Row header = rows.get(0);
        assertTrue(header.shaded());
        assertEquals(List.of("Unit", "Title", "Level", "Credits", "Criteria", "covered", "Signed off", "Assessor",
                "IV sampled", "Status"), header.texts().stream().map(Element.Text::text).toList());
        for (Row row : rows.subList(0, 4)) {
            assertRuledAsTable(row, UNITS);
        }
        assertEquals(List.of("B13", "Plan, organise and control customer service", "operations", "4", "10", "12 of 27",
                "not yet", "not yet", "In progress"), rows.get(1).texts().stream().map(Element.Text::text).toList());
        assertTrue(!rows.get(1).shaded() && !rows.get(2).shaded());
        for (Row row : rows.subList(4, rows.size())) {
            assertRuledAsTable(row, GAPS);
        }
    }

    /** B14's header and first row do not fit under its title at the foot of page 1: the title goes over with them. */
    @Test
    void aUnitsTitleNeverStandsAloneAtTheFootOfAPageButGoesOverWithItsTable() throws Exception {
        List<SheetPage> pages = record("in-progress-customer-service.ers.json");
        assertEquals(2, pages.size());
        assertNull(LayoutReading.line(pages.get(0), "Unit B14"), "B14's title is not left on page 1");
        Element.Text head = LayoutReading.texts(pages.get(1)).get(0);
        assertEquals("Unit achievement record · OCR Level 4 NVQ Diploma in Customer Service", head.text());
        assertEquals(Face.BOLD, head.face());
        assertEquals(TOP, top(head), EPS);
        Element.Text b14 = line(pages.get(1), "Unit B14 Review the quality of customer service: 12 criteria");
        assertEquals(bottom(head) + 6, top(b14), EPS, "B14's title 6 pt under the running head");
        List<Row> next = rows(pages.get(1));
        Row header = next.get(0);
        assertEquals(bottom(b14) + 2, header.top(), EPS, "its table 2 pt under its title");
        assertTrue(header.shaded());
        assertEquals(List.of("Criterion", "What the learner must show"),
                header.texts().stream().map(Element.Text::text).toList());
        for (Row row : next) {
            assertRuledAsTable(row, GAPS);
        }
        for (SheetPage page : pages) {
            for (Element.Text title : LayoutReading.texts(page)) {
                if (title.text().startsWith("Unit ") && title.text().contains("uncovered")) {
                    assertTrue(rows(page).stream().anyMatch(r -> Math.abs(r.top() - (bottom(title) + 2)) < EPS),
                            title.text() + " has its table under it on the same page");
                }
            }
        }
    }

    @Test
    void theSignedRecordNamesItsPeopleAndCoversEveryCriterion() throws Exception {
        SheetPage page = record("signed-team-leading.ers.json").get(0);
        Element.Text names = line(page, "Assessor: ");
        Element.Text covered = line(page, "Every criterion of every unit is covered.");
        assertEquals(SIZE, covered.size());
        assertEquals(bottom(line(page, "Gap analysis")) + 3, top(covered), EPS);
        assertTrue(LayoutReading.line(page, "Assessor and verifiers not yet named") == null, names.text());
        for (Row row : rows(page)) {
            assertRuledAsTable(row, UNITS);
        }
    }
}
