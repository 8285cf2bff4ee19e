package ers.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.testing.Portfolios;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Alt+Up and Alt+Down on several selected rows: each moves one place unless an edge, or a stuck row, holds it. */
class RowMovesTest {

    private static final String B13 = "ocr-b13";
    private final Portfolio four;

    RowMovesTest() throws EditRefused {
        Portfolio p = new AddRow(B13, 2, Portfolios.row("r3", "E3", "Witness statement", List.of())).applyTo(Portfolios.small());
        four = new AddRow(B13, 3, Portfolios.row("r4", "E4", "Reflective account", List.of())).applyTo(p);
    }

    private static List<String> order(Portfolio p) {
        return p.unit(B13).orElseThrow().evidence().stream().map(EvidenceRow::id).toList();
    }

    @Test
    void aBlockMovesTogether() throws EditRefused {
        assertEquals(List.of("r1", "r4", "r2", "r3"), order(new MoveRow(B13, List.of("r2", "r3"), 1).applyTo(four)));
        assertEquals(List.of("r2", "r3", "r1", "r4"), order(new MoveRow(B13, List.of("r2", "r3"), -1).applyTo(four)));
    }

    @Test
    void aRowAtTheEdgeStaysAndTheOthersStillMove() throws EditRefused {
        MoveRow up = new MoveRow(B13, List.of("r1", "r3"), -1);
        assertTrue(up.appliesTo(four));
        assertEquals(List.of("r1", "r3", "r2", "r4"), order(up.applyTo(four)), "r1 is at the top, r3 passes r2");
        MoveRow down = new MoveRow(B13, List.of("r2", "r4"), 1);
        assertEquals(List.of("r1", "r3", "r2", "r4"), order(down.applyTo(four)), "r4 is at the bottom, r2 passes r3");
    }

    @Test
    void aBlockStoppedAtTheEdgeHoldsTheRowsBehindIt() {
        MoveRow down = new MoveRow(B13, List.of("r3", "r4"), 1);
        assertFalse(down.appliesTo(four), "r4 cannot go further, so r3 cannot take its place");
        assertThrows(EditRefused.class, () -> down.applyTo(four));
        assertFalse(new MoveRow(B13, List.of("r1", "r2"), -1).appliesTo(four));
        assertFalse(new MoveRow("ocr-b14", "r1", 1).appliesTo(four), "no such row on that sheet: nothing to move");
    }

    @Test
    void theLastRowMovesUpAndTheFirstDown() throws EditRefused {
        assertEquals(List.of("r1", "r2", "r4", "r3"), order(new MoveRow(B13, "r4", -1).applyTo(four)));
        assertEquals(List.of("r2", "r1", "r3", "r4"), order(new MoveRow(B13, "r1", 1).applyTo(four)));
    }
}
