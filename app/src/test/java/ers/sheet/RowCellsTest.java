package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.EvidenceRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How tall an evidence row is, and that a row exactly as tall as a page's room still prints. */
class RowCellsTest {

    private static final EvidenceRow TWO_LINES =
            new EvidenceRow("e1", "E1", "first\nsecond", List.of("O"), null, null, null, List.of());

    @Test
    void aTwoLineRowIsTwoLinesOfNinePointTextPaddedAndOneMore() throws Exception {
        // 2 × 9 × 1.2 + 2 × 3 + 1
        RowCells cells = RowCells.measure(new Typesetter(new Monospace()), TWO_LINES, 300, "U1", 400);
        assertEquals(28.6, cells.height(), 1e-9);
        assertEquals(List.of("first", "second"), cells.title());
    }

    @Test
    void aRowExactlyAsTallAsThePagesRoomIsAccepted() throws Exception {
        double room = 2 * 9 * 1.2 + 2 * 3 + 1;
        RowCells cells = RowCells.measure(new Typesetter(new Monospace()), TWO_LINES, 300, "U1", room);
        assertEquals(room, cells.height());
    }
}
