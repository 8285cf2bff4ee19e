package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.testing.Portfolios;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which other sheets list a sheet's evidence, as the grid marks it and an edit or deletion warns of it. */
class SharedWithTest {

    @Test
    void eachItemListedElsewhereNamesTheOtherUnitsInPortfolioOrder() {
        Portfolio portfolio = withObservationAlsoOn("ocr-b13", "ocr-b14");
        assertEquals(Map.of("row-1", List.of("B13", "B14")), portfolio.sharedWith("ocr-f17"));
        assertEquals(Map.of("row-1", List.of("F17", "B14")), portfolio.sharedWith("ocr-b13"));
    }

    @Test
    void aUnitThePortfolioDoesNotHaveSharesNothing() {
        assertEquals(Map.of(), withObservationAlsoOn("ocr-b13").sharedWith("ocr-cc17"));
    }

    /** SmallPortfolio's F17, with its first item (row-1, E1) listed on the sheets of these units too. */
    private static Portfolio withObservationAlsoOn(String... unitIds) {
        Portfolio small = SmallPortfolio.create();
        EvidenceRow observation = small.units().get(0).evidence().get(0);
        List<PortfolioUnit> units = new ArrayList<>(small.units());
        for (String id : unitIds) {
            units.add(new PortfolioUnit(Portfolios.bundled(id), List.of(new EvidenceRow(observation.id(), observation.reference(),
                    observation.title(), observation.methods(), observation.date(), observation.location(), observation.notes(),
                    List.of("1.1"))), List.of(), List.of()));
        }
        return small.withUnits(units);
    }
}
