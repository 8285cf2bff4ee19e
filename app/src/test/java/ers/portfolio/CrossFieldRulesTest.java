package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ers.json.InvalidFileException;
import ers.json.JsonConfig;
import ers.json.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the schema cannot say of either format, checked on the file as written: ids, method codes
 * and units once, and rows and samplings naming only criteria and evidence that exist. Each
 * refusal is told at its field with the unit and evidence the user knows.
 */
class CrossFieldRulesTest {

    @Test
    void aFormatOneUnitWithTwoRowsOfOneIdIsRefused() throws Exception {
        ObjectNode v1 = FormatOne.of(SmallPortfolio.create());
        row(v1, 0, 1).put("id", "row-1");
        assertEquals(List.of("/units/0/evidence/1/id (unit F17, evidence E2): the id row-1 is already used by an earlier row of this unit"),
                refusals(FormatOne.bytes(v1)));
    }

    @Test
    void aFormatOneRowMappedToACriterionTheUnitLacksIsRefused() throws Exception {
        ObjectNode v1 = FormatOne.of(SmallPortfolio.create());
        row(v1, 0, 1).putArray("criteria").add("3.3").add("9.9");
        assertEquals(List.of("/units/0/evidence/1/criteria/1 (unit F17, evidence E2): mapped to criterion 9.9, "
                + "which the unit's specification does not have"), refusals(FormatOne.bytes(v1)));
    }

    @Test
    void aFormatOneKeyWithAMethodCodeTwiceIsRefused() throws Exception {
        ObjectNode v1 = FormatOne.of(SmallPortfolio.create());
        ((ObjectNode) v1.withArray("methods").get(2)).put("code", "PD");
        assertEquals(List.of("/methods/2/code: method code PD is in the key twice; the sheet's key could not say which name it has"),
                refusals(FormatOne.bytes(v1)));
    }

    @Test
    void aFormatOneFileWithAUnitTwiceIsRefused() throws Exception {
        ObjectNode v1 = FormatOne.of(SmallPortfolio.create());
        v1.withArray("units").add(v1.withArray("units").get(0).deepCopy());
        assertEquals(List.of("/units/1/spec/id (unit F17): this unit (ocr-f17) is already in the portfolio"),
                refusals(FormatOne.bytes(v1)));
    }

    /** Format 1 kept ids per unit: two units may each have a row r1 (they become two items). */
    @Test
    void formatOneRowsOfOneIdInTwoUnitsAreRead() throws Exception {
        ObjectNode v1 = FormatOne.of(SmallPortfolio.create());
        ObjectNode b13 = v1.withArray("units").addObject();
        b13.set("spec", JsonConfig.mapper().valueToTree(ers.testing.Portfolios.bundled("ocr-b13")));
        b13.putArray("evidence").add(row(v1, 0, 0).deepCopy().put("reference", "E7").set("criteria",
                JsonConfig.mapper().createArrayNode().add("1.1")));
        Portfolio read = PortfolioReader.parse("old.ers.json", FormatOne.bytes(v1));
        assertEquals(List.of("E1", "E2", "E7"), read.evidence().stream().map(EvidenceItem::reference).toList());
    }

    /** The row of row-2 says it is the row of row-1 too: the sheet would have two rows of one id. */
    @Test
    void aSheetWithTwoRowsOfOneRowIdIsRefused() throws Exception {
        ObjectNode v2 = JsonConfig.mapper().valueToTree(SmallPortfolio.create());
        ((ObjectNode) v2.at("/units/0/sheet/1")).put("rowId", "row-1");
        assertEquals(List.of("/units/0/sheet/1 (unit F17, evidence E2): the id row-1 is already used by an earlier row of this sheet"),
                refusals(JsonConfig.mapper().writeValueAsBytes(v2)));
    }

    @Test
    void aSamplingOfEvidenceOrCriteriaTheSheetLacksIsRefusedAndTheRestOfItStands() throws Exception {
        ObjectNode v2 = JsonConfig.mapper().valueToTree(SmallPortfolio.create());
        ObjectNode sampling = ((ObjectNode) v2.at("/units/0")).putArray("sampling").addObject()
                .put("at", "2026-04-01T10:00:00Z").put("by", "internalVerifier").put("name", "Margaret Ellison")
                .put("outcome", "agreed");
        sampling.putArray("evidence").add("row-1").add("row-9");
        sampling.putArray("criteria").add("1.1").add("9.9");
        assertEquals(List.of("/units/0/sampling/0/evidence/1 (unit F17): names the evidence item row-9, which this sheet does not list",
                        "/units/0/sampling/0/criteria/1 (unit F17): mapped to criterion 9.9, which the unit's specification does not have"),
                refusals(JsonConfig.mapper().writeValueAsBytes(v2)));

        ((ArrayNode) sampling.get("evidence")).remove(1);
        ((ArrayNode) sampling.get("criteria")).remove(1);
        SamplingRecord read = PortfolioReader.parse("sampled.ers.json", JsonConfig.mapper().writeValueAsBytes(v2))
                .units().get(0).sampling().get(0);
        assertEquals(List.of("row-1"), read.evidence());
        assertEquals(List.of("1.1"), read.criteria());
    }

    private static ObjectNode row(ObjectNode v1, int unit, int row) {
        return (ObjectNode) v1.at("/units/" + unit + "/evidence/" + row);
    }

    private static List<String> refusals(byte[] json) {
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> PortfolioReader.parse("candidate.ers.json", json));
        return e.problems().stream().map(Problem::message).toList();
    }
}
