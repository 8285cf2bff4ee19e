package ers.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.testing.Portfolios;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Edits that change many cells, or move a row far, in one step. */
class BatchEditsTest {

    private final Portfolio start;

    BatchEditsTest() throws EditRefused {
        start = new AddRow("ocr-b13", 2, Portfolios.row("r3", "E3", "Witness statement", List.of()))
                .applyTo(Portfolios.small());
    }

    private static List<EvidenceRow> rows(Portfolio p) {
        return p.unit("ocr-b13").orElseThrow().evidence();
    }

    @Test
    void oneCriterionIsTickedForEveryRowGiven() throws EditRefused {
        SetCriteria tick = new SetCriteria("ocr-b13", Map.of("r1", Set.of("2.2"), "r2", Set.of("2.2")), true);
        Portfolio p = tick.applyTo(start);
        assertEquals(List.of("1.1", "1.2", "2.2"), rows(p).get(0).criteria());
        assertEquals(List.of("2.1", "2.2"), rows(p).get(1).criteria());
        assertEquals(List.of(), rows(p).get(2).criteria(), "a row not given is left alone");
        assertEquals("tick 2.2 for 2 rows", tick.description());
    }

    @Test
    void aBlockIsUntickedWhateverEachCellWas() throws EditRefused {
        SetCriteria untick = new SetCriteria("ocr-b13", Map.of("r1", Set.of("1.1", "2.1"), "r2", Set.of("1.1", "2.1")), false);
        Portfolio p = untick.applyTo(start);
        assertEquals(List.of("1.2"), rows(p).get(0).criteria());
        assertEquals(List.of(), rows(p).get(1).criteria());
        assertEquals("untick 4 cells (1.1, 2.1) in 2 rows", untick.description());
    }

    @Test
    void aCriterionTheUnitLacksChangesNothing() {
        assertThrows(EditRefused.class,
                () -> new SetCriteria("ocr-b13", Map.of("r1", Set.of("9.9")), true).applyTo(start));
    }

    @Test
    void aRowMovesToAnyPlaceInOneStep() throws EditRefused {
        Portfolio p = new MoveRowTo("ocr-b13", "r3", 0).applyTo(start);
        assertEquals(List.of("r3", "r1", "r2"), rows(p).stream().map(EvidenceRow::id).toList());
        p = new MoveRowTo("ocr-b13", "r3", 2).applyTo(p);
        assertEquals(List.of("r1", "r2", "r3"), rows(p).stream().map(EvidenceRow::id).toList());
        Portfolio moved = p;
        assertThrows(EditRefused.class, () -> new MoveRowTo("ocr-b13", "r3", 3).applyTo(moved));
    }
}
