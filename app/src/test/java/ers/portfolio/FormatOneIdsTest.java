package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ers.testing.Portfolios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Format 1 kept row ids unique only within a unit; format 2 files each item once under an id of
 * its own. The upgrade numbers the later items of a shared id, and keeps every id within 64 characters.
 */
class FormatOneIdsTest {

    @Test
    void theThirdUnitWithARowIdGetsThatIdNumberedThree() throws Exception {
        ObjectNode v1 = FormatOne.of(threeUnits());
        for (int unit = 0; unit < 3; unit++) {
            firstRow(v1, unit).put("id", "r1");
        }

        Portfolio read = PortfolioReader.parse("old.ers.json", FormatOne.bytes(v1));

        assertEquals(List.of("r1", "row-2", "r1-2", "r1-3"), read.evidence().stream().map(EvidenceItem::id).toList());
        EvidenceRow b14 = read.unit("ocr-b14").orElseThrow().evidence().get(0);
        assertEquals("r1-3", b14.id());
        assertEquals("r1", b14.rowId(), "the sheet keeps the id its signatures were given under");
    }

    @Test
    void aLongestIdSharedByTwoUnitsIsShortenedToTakeItsNumber() throws Exception {
        String longest = "a".repeat(64);
        ObjectNode v1 = FormatOne.of(threeUnits());
        firstRow(v1, 0).put("id", longest);
        firstRow(v1, 1).put("id", longest);

        Portfolio read = PortfolioReader.parse("old.ers.json", FormatOne.bytes(v1));

        assertEquals(List.of(longest, "row-2", "a".repeat(62) + "-2", "b14-1"),
                read.evidence().stream().map(EvidenceItem::id).toList());
    }

    /** F17 with rows row-1 and row-2, B13 with b13-1 and B14 with b14-1. */
    private static Portfolio threeUnits() {
        Portfolio small = SmallPortfolio.create();
        List<PortfolioUnit> units = new ArrayList<>(small.units());
        units.add(new PortfolioUnit(Portfolios.bundled("ocr-b13"),
                List.of(Portfolios.row("b13-1", "E3", "Service plan", List.of("1.1"))), List.of(), List.of()));
        units.add(new PortfolioUnit(Portfolios.bundled("ocr-b14"),
                List.of(Portfolios.row("b14-1", "E4", "Quality review notes", List.of("1.1"))), List.of(), List.of()));
        return small.withUnits(units);
    }

    private static ObjectNode firstRow(ObjectNode v1, int unit) {
        return (ObjectNode) v1.at("/units/" + unit + "/evidence/0");
    }
}
