package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.pdf.Fixtures;
import ers.portfolio.PortfolioUnit;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The unit list counts as it is read: "1 criterion", never "1 criteria". */
@Tag("ui")
class CountWordsTest {

    @Test
    void aUnitOfOneCriterionSaysCriterion() {
        PortfolioUnit one = new PortfolioUnit(Fixtures.unit("ONE", 1, 1), List.of(), List.of(), List.of());
        assertEquals("0/1 criterion covered", UnitList.coverage(one));
        PortfolioUnit two = new PortfolioUnit(Fixtures.unit("TWO", 1, 2),
                List.of(Fixtures.row("E1", "Observation", List.of("O"), "1.2")), List.of(), List.of());
        assertEquals("1/2 criteria covered", UnitList.coverage(two));
    }
}
