package ers.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.EvidenceRow;
import ers.portfolio.People;
import ers.portfolio.Person;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.testing.Portfolios;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EditsTest {

    private final Portfolio start = Portfolios.small();

    private static List<EvidenceRow> rows(Portfolio p) {
        return p.unit("ocr-b13").orElseThrow().evidence();
    }

    private static List<String> references(Portfolio p) {
        return rows(p).stream().map(EvidenceRow::reference).toList();
    }

    @Test
    void tickingAndUntickingKeepsCriteriaInNumericOrder() throws Exception {
        Portfolio p = new SetCriterion("ocr-b13", "r1", "1.4", true).applyTo(start);
        p = new SetCriterion("ocr-b13", "r1", "1.3", true).applyTo(p);
        assertEquals(List.of("1.1", "1.2", "1.3", "1.4"), rows(p).get(0).criteria());
        p = new SetCriterion("ocr-b13", "r1", "1.2", false).applyTo(p);
        assertEquals(List.of("1.1", "1.3", "1.4"), rows(p).get(0).criteria());
        assertEquals(List.of("1.1", "1.2"), rows(start).get(0).criteria(), "the original is untouched");
    }

    @Test
    void addedRowsGetTheNextReference() throws Exception {
        Portfolio p = AddRow.blankAtEnd(start, "ocr-b13").applyTo(start);
        assertEquals(List.of("E1", "E2", "E3"), references(p));
        assertTrue(rows(p).get(2).criteria().isEmpty());
        assertNotEquals(rows(p).get(2).id(), AddRow.blankAtEnd(start, "ocr-b13").row().id());
    }

    @Test
    void deletingRemovesOnlyThatRow() throws Exception {
        Portfolio p = new DeleteRow("ocr-b13", "r1").applyTo(start);
        assertEquals(List.of("E2"), references(p));
    }

    @Test
    void duplicatingCopiesTheTicksBelowWithANewReference() throws Exception {
        Portfolio p = new DuplicateRow("ocr-b13", "r1", "copy").applyTo(start);
        assertEquals(List.of("E1", "E3", "E2"), references(p));
        EvidenceRow copy = rows(p).get(1);
        assertEquals("copy", copy.id());
        assertEquals(List.of("1.1", "1.2"), copy.criteria());
        assertEquals("Team meeting minutes", copy.title());
    }

    @Test
    void movingReordersAndStopsAtTheEnds() throws Exception {
        Portfolio p = new MoveRow("ocr-b13", "r2", -1).applyTo(start);
        assertEquals(List.of("E2", "E1"), references(p));
        assertFalse(new MoveRow("ocr-b13", "r2", -1).appliesTo(p));
        assertThrows(EditRefused.class, () -> new MoveRow("ocr-b13", "r2", -1).applyTo(p));
    }

    @Test
    void rowFieldsChangeOneAtATime() throws Exception {
        Portfolio p = EditRow.title("ocr-b13", "r2", "Observed team briefing").applyTo(start);
        p = EditRow.reference("ocr-b13", "r2", " E20 ").applyTo(p);
        p = EditRow.methods("ocr-b13", "r2", List.of("O", "PD")).applyTo(p);
        p = EditRow.date("ocr-b13", "r2", LocalDate.of(2026, 3, 4)).applyTo(p);
        p = EditRow.location("ocr-b13", "r2", "Portfolio folder 2, p. 14").applyTo(p);
        p = EditRow.notes("ocr-b13", "r2", "  ").applyTo(p);
        EvidenceRow row = rows(p).get(1);
        assertEquals(new EvidenceRow("r2", "E20", "Observed team briefing", List.of("O", "PD"),
                LocalDate.of(2026, 3, 4), "Portfolio folder 2, p. 14", null, List.of("2.1")), row);
        assertTrue(EditRow.notes("ocr-b13", "r2", "").changesNothing(p));
    }

    @Test
    void theMethodKeyRefusesBadCodes() throws Exception {
        Portfolio p = new SetMethodKey(List.of(new AssessmentMethod("OB", "Observation"))).applyTo(start);
        assertEquals(List.of(new AssessmentMethod("OB", "Observation")), p.methods());
        assertEquals("method code \"O B\" must be 1 to 6 letters or digits", assertThrows(EditRefused.class,
                () -> new SetMethodKey(List.of(new AssessmentMethod("O B", "Observation"))).applyTo(start)).reason());
        assertEquals("method code O is used twice", assertThrows(EditRefused.class, () -> new SetMethodKey(List.of(
                new AssessmentMethod("O", "Observation"), new AssessmentMethod("O", "Other"))).applyTo(start)).reason());
    }

    @Test
    void unitsAreAddedOnceAndRemoved() throws Exception {
        Portfolio p = new AddUnit(Portfolios.bundled("ocr-f17")).applyTo(start);
        assertEquals(List.of("B13", "B14", "F17"), p.units().stream().map(u -> u.spec().code()).toList());
        assertThrows(EditRefused.class, () -> new AddUnit(Portfolios.bundled("ocr-f17")).applyTo(p));
        Portfolio removed = new RemoveUnit("ocr-b13").applyTo(p);
        assertEquals(List.of("B14", "F17"), removed.units().stream().map(PortfolioUnit::spec).map(s -> s.code()).toList());
    }

    @Test
    void detailsNeedNames() throws Exception {
        People people = new People(new Person("JO BLOGGS", false), new Person("ANN SMITH", true), null, null);
        Portfolio p = new EditDetails(new Candidate("Alex Morgan-Smith", "7"), new Centre("Northfield", "1"),
                "OCR Level 3", people).applyTo(start);
        assertEquals("Alex Morgan-Smith", p.candidate().name());
        assertTrue(p.people().needsAssessorCountersignature());
        assertEquals("the candidate needs a name", assertThrows(EditRefused.class,
                () -> new EditDetails(new Candidate(" ", null), new Centre("C", null), "Q", people).applyTo(start))
                .reason());
    }

    @Test
    void referencesSuggestTheNextNumberAndFindDuplicates() throws Exception {
        List<EvidenceRow> rows = List.of(Portfolios.row("a", "E2", "", List.of()),
                Portfolios.row("b", "e9", "", List.of()), Portfolios.row("c", "Photo", "", List.of()),
                Portfolios.row("d", " E2", "", List.of()));
        Portfolio withRows = start.withEvidence(List.of(), List.of(start.units().get(0).withEvidence(rows)));
        assertEquals("E10", References.next(withRows));
        assertEquals("E1", References.next(Portfolio.create(start.candidate(), start.centre(), "Q", List.of())));
        List<String> references = rows.stream().map(EvidenceRow::reference).toList();
        assertEquals(java.util.Set.of("E2"), References.duplicates(references));
        assertTrue(References.isDuplicate(References.duplicates(references), "e2 "));
        assertEquals(java.util.Map.of("E2", List.of(0, 3)), References.sharedAt(references), "which rows carry it");
    }
}
