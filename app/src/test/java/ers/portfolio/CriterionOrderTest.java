package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.edit.SetCriterion;
import ers.testing.Portfolios;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Criteria are in numeric order wherever they appear: 1.2, 1.10, 2.1, which sorting them as
 * text would turn into 1.10, 1.2, 2.1.
 */
class CriterionOrderTest {

    /** A generated unit with outcomes 1 and 2 of ten criteria each, and one row covering 1.1. */
    private static Portfolio twoOutcomesOfTen() {
        Portfolio p = Portfolios.large(1, 2, 10);
        PortfolioUnit unit = p.units().get(0);
        EvidenceRow row = unit.evidence().get(0);
        return p.withUnits(List.of(unit.withEvidence(List.of(new EvidenceRow(row.id(), row.reference(), row.title(),
                row.methods(), null, null, null, List.of("1.1"))))));
    }

    @Test
    void aRowKeepsItsTicksInNumericOrderWithoutRepeats() throws Exception {
        EvidenceRow row = new EvidenceRow("r1", "E1", "Minutes", List.of(), null, null, null,
                List.of("2.1", "1.10", "1.2", "1.10"));
        assertEquals(List.of("1.2", "1.10", "2.1"), row.criteria());
    }

    @Test
    void tickingAddsTheCriterionInItsNumericPlace() throws Exception {
        Portfolio p = twoOutcomesOfTen();
        String unit = p.units().get(0).spec().id();
        String row = p.units().get(0).evidence().get(0).id();
        for (String criterion : List.of("2.1", "1.10", "1.2")) {
            p = new SetCriterion(unit, row, criterion, true).applyTo(p);
        }
        assertEquals(List.of("1.1", "1.2", "1.10", "2.1"), p.units().get(0).evidence().get(0).criteria());
    }

    @Test
    void theUncoveredCriteriaAreListedInNumericOrder() throws Exception {
        List<String> uncovered = twoOutcomesOfTen().units().get(0).uncovered();
        assertEquals(List.of("1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.10", "2.1"),
                uncovered.subList(0, 10));
    }

    @Test
    void theSavedFileListsTicksInNumericOrder() throws Exception {
        Portfolio p = twoOutcomesOfTen();
        PortfolioUnit unit = p.units().get(0);
        EvidenceRow row = unit.evidence().get(0);
        p = p.withUnits(List.of(unit.withEvidence(List.of(new EvidenceRow(row.id(), row.reference(), row.title(),
                row.methods(), null, null, null, List.of("2.1", "1.2", "1.10"))))));
        String json = new String(PortfolioWriter.toBytes(p), StandardCharsets.UTF_8).replaceAll("\\s+", "");
        assertTrue(json.contains("\"criteria\":[\"1.2\",\"1.10\",\"2.1\"]"), json);
        assertEquals(List.of("1.2", "1.10", "2.1"),
                PortfolioReader.parse("order.ers.json", PortfolioWriter.toBytes(p)).units().get(0).evidence().get(0).criteria());
    }
}
