package ers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CriterionOrderAndExpiryTest {

    @Test
    void criterionNumbersSortAsNumbersNotText() {
        List<String> sorted = Stream.of("2.1", "1.10", "10.1", "1.9", "1.2", "1.1")
                .sorted(CriterionNumber.ORDER).toList();
        assertEquals(List.of("1.1", "1.2", "1.9", "1.10", "2.1", "10.1"), sorted);
    }

    @Test
    void b13Lists4Point10After4Point9() {
        List<String> lo4 = UnitCatalog.bundledOnly().findByCodeOrId("B13").orElseThrow()
                .learningOutcomes().get(3).criteria().stream().map(Criterion::number).toList();
        assertEquals(List.of("4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "4.7", "4.8", "4.9", "4.10"), lo4);
    }

    @Test
    void criteriaWrittenOutOfOrderAreKeptInNumericOrder() {
        LearningOutcome lo = new LearningOutcome(1, "Lead", List.of(
                new Criterion("1.10", "ten"), new Criterion("1.2", "two"), new Criterion("1.9", "nine")), null);
        assertEquals(List.of("1.2", "1.9", "1.10"), lo.criteria().stream().map(Criterion::number).toList());
    }

    @Test
    void aCriterionNumberThatIsNotOneIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CriterionNumber.parse("1.2a"));
        assertEquals("not a criterion number: 1.2a", e.getMessage());
        assertEquals(new CriterionNumber(4, 10), CriterionNumber.parse("4.10"));
        assertEquals(new CriterionNumber(9999, 1), CriterionNumber.parse("9999.1"));
        for (String not : List.of("", "1", "1.", ".1", "0.1", "1.0", "1.02", "01.2", "1..2", "1.2.3", "12345.1",
                "1.12345", " 1.2", "1.2 ", "-1.2", "\u0661.2")) {
            assertThrows(IllegalArgumentException.class, () -> CriterionNumber.parse(not), not);
        }
    }

    @Test
    void criteriaAlreadyInOrderAreKeptAsTheyAreAndOthersAreSortedWithoutRepeats() {
        List<String> inOrder = List.of("1.2", "1.10", "2.1");
        assertTrue(inOrder == CriterionNumber.inOrder(inOrder));
        assertEquals(inOrder, CriterionNumber.inOrder(List.of("2.1", "1.10", "1.2", "1.10")));
    }

    @Test
    void f17IsExpiredFromTheDayAfterItsExpiryDate() {
        UnitSpec f17 = UnitCatalog.bundledOnly().findByCodeOrId("F17").orElseThrow();
        assertEquals(LocalDate.of(2015, 2, 28), f17.expiryDate());
        assertFalse(f17.isExpiredOn(LocalDate.of(2015, 2, 28)), "still available on its last day");
        assertTrue(f17.isExpiredOn(LocalDate.of(2015, 3, 1)));
    }

    @Test
    void aUnitWithoutAnExpiryDateNeverExpires() {
        UnitSpec b13 = UnitCatalog.bundledOnly().findByCodeOrId("B13").orElseThrow();
        assertEquals(null, b13.expiryDate());
        assertFalse(b13.isExpiredOn(LocalDate.of(2099, 12, 31)));
    }

    @Test
    void aNumberListedTwiceInOrderIsListedOnce() {
        assertEquals(List.of("1.1", "1.2"), CriterionNumber.inOrder(List.of("1.1", "1.1", "1.2")));
    }

    @Test
    void aCriterionNumberPrintsAsItIsWritten() {
        assertEquals("4.10", CriterionNumber.parse("4.10").toString());
    }
}
