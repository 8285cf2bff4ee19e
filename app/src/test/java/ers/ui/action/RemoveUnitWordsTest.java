package ers.ui.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.pdf.Fixtures;
import ers.portfolio.PortfolioUnit;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Removing a unit of one row asks about "1 evidence row", not "1 evidence rows". */
@Tag("ui")
class RemoveUnitWordsTest {

    @Test
    void theQuestionCountsOneRowSingular() {
        PortfolioUnit unit = new PortfolioUnit(Fixtures.f17(),
                List.of(Fixtures.row("E1", "Observation", List.of("O"), "1.1")), List.of(), List.of());
        assertEquals("Remove unit F17 and its 1 evidence row from the portfolio? Undo (Ctrl+Z) brings them back.",
                RemoveUnitAction.question(unit));
    }
}
