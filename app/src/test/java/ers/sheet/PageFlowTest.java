package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The page flow undoing a block it laid out, even one that ran on to new pages. */
class PageFlowTest {

    private static List<String> texts(SheetPage page) {
        return page.elements().stream().filter(e -> e instanceof Element.Text).map(e -> ((Element.Text) e).text())
                .toList();
    }

    @Test
    void rollingBackABlockRemovesThePagesItStartedAndPutsTheCursorBack() throws Exception {
        PageFlow flow = new PageFlow(new Typesetter(new Monospace()));
        flow.runningHead("Head", "the head");
        flow.paragraph("kept", Face.REGULAR, 10, "the text");
        PageFlow.Mark mark = flow.mark();
        flow.paragraph("undone", Face.REGULAR, 10, "the text");
        flow.newPage();
        flow.paragraph("undone too", Face.REGULAR, 10, "the text");
        flow.newPage();
        flow.rollback(mark);
        assertEquals(mark.y(), flow.y());
        assertEquals(1, flow.pageCount());
        List<SheetPage> pages = flow.finish("Name", " · Suffix", "F17");
        assertEquals(1, pages.size());
        assertEquals(List.of("kept", "Name · Suffix", "Page 1 of 1"), texts(pages.get(0)));
    }
}
