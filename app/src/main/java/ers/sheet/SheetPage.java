package ers.sheet;

import java.util.List;

/**
 * One printed page of a unit's record sheet, numbered within that sheet.
 *
 * @param elements in reading order: text is drawn, and therefore extracted, in this order
 */
public record SheetPage(String unitCode, int number, int count, List<Element> elements) {

    public SheetPage {
        elements = List.copyOf(elements);
    }

    public static final double WIDTH = 841.89;
    public static final double HEIGHT = 595.28;
}
