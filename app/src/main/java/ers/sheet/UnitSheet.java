package ers.sheet;

import java.util.List;

/**
 * The laid-out record sheet of one unit.
 *
 * @param title what the document outline calls it, e.g. {@code Unit F17 Manage customer service ...}
 * @param groups      how many page groups the criteria needed: 1 unless they did not fit across one page
 * @param historyPage the index in {@code pages} of the first "Sheet history" page, or -1 when not printed
 */
public record UnitSheet(String unitCode, String title, int groups, List<SheetPage> pages, int historyPage) {

    public UnitSheet {
        pages = List.copyOf(pages);
    }
}
