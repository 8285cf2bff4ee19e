package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import ers.json.InvalidFileException;
import ers.json.JsonConfig;
import ers.json.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A problem says which unit and evidence it is in as the sheet names them; a unit without a code
 * or an item without a reference is named by its place in the file, counted from 1.
 */
class ProblemWordsTest {

    @Test
    void anItemWithoutAReferenceIsNamedByItsPlaceInTheEvidenceList() throws Exception {
        ObjectNode tree = JsonConfig.mapper().valueToTree(SmallPortfolio.create());
        ((ObjectNode) tree.at("/evidence/1")).put("reference", "").put("date", "2026-02-30");
        assertEquals(List.of("/evidence/1/date (evidence item 2): \"2026-02-30\" is not a date written YYYY-MM-DD, e.g. 2026-03-31"), refusals(tree));
    }

    @Test
    void aUnitWithoutACodeIsNamedByItsPlaceInThePortfolio() throws Exception {
        ObjectNode tree = JsonConfig.mapper().valueToTree(SmallPortfolio.create());
        ((ObjectNode) tree.at("/units/0/spec")).put("code", "");
        assertEquals(List.of("/units/0/spec/code (unit number 1): must be at least 1 character long"), refusals(tree));
    }

    private static List<String> refusals(ObjectNode tree) throws Exception {
        byte[] json = JsonConfig.mapper().writeValueAsBytes(tree);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> PortfolioReader.parse("candidate.ers.json", json));
        return e.problems().stream().map(Problem::message).toList();
    }
}
