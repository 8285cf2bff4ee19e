package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where a ruled table breaks its page: a one-line row of 8.5 pt text is 8.5 × 1.2 + 2 × 3 = 16.2
 * tall, and so is the header row; the header never stands without a row under it.
 */
class RuledTableTest {

    private static final double ROW = 8.5 * 1.2 + 2 * 3;
    private static final double[] WIDTHS = {100};
    private static final List<String> HEADS = List.of("Criterion", "Text");

    private static PageFlow flowWithRoom(double room) {
        PageFlow flow = new PageFlow(new Typesetter(new Monospace()));
        flow.moveTo(PageFlow.BODY_BOTTOM - room);
        return flow;
    }

    private static List<List<String>> rows(int count) {
        return Collections.nCopies(count, List.of("1.1", "Do it"));
    }

    @Test
    void aHeaderWithoutRoomForItsFirstRowGoesToTheNextPage() throws Exception {
        PageFlow flow = flowWithRoom(20);
        new RuledTable(flow, "unit U1").place(WIDTHS, HEADS, rows(1), "the gaps");
        assertEquals(2, flow.pageCount());
    }

    @Test
    void aRowPastThePageStartsTheNextUnderARepeatedHeader() throws Exception {
        PageFlow flow = flowWithRoom(ROW + ROW + 10);
        new RuledTable(flow, "unit U1").place(WIDTHS, HEADS, rows(2), "the gaps");
        assertEquals(2, flow.pageCount());
        // a fresh page: 34 + 10.8 running head + 6, then the header row and the second row
        assertEquals(34 + 10.8 + 6 + ROW + ROW, flow.y(), 1e-9);
    }
}
