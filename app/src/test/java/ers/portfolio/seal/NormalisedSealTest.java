package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import ers.json.JsonConfig;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.Role;
import ers.portfolio.SignatureState;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the README's canonical form says: the digests cover the model's normalised values, so a
 * row's criteria and the unit's outcomes and criteria may be listed in any order, a row's
 * criteria with repeats, and every seal still stands.
 */
class NormalisedSealTest {

    @Test
    void criteriaListedOutOfOrderOrTwiceInTheFileLeaveEverySealValid() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        JsonNode tree = JsonConfig.mapper().readTree(PortfolioWriter.toBytes(signed));
        int reordered = 0;
        for (JsonNode entry : tree.at("/units/0/sheet")) {
            ArrayNode criteria = (ArrayNode) entry.get("criteria");
            if (criteria.size() > 1) {
                reverse(criteria);
                criteria.add(criteria.get(0).deepCopy());
                reordered++;
            }
        }
        ArrayNode outcomes = (ArrayNode) tree.at("/units/0/spec/learningOutcomes");
        for (JsonNode outcome : outcomes) {
            reverse((ArrayNode) outcome.get("criteria"));
        }
        reverse(outcomes);
        assertTrue(reordered > 0, "the sheet has a row of several criteria to reorder");

        Portfolio read = PortfolioReader.parse("reordered.ers.json", JsonConfig.mapper().writeValueAsBytes(tree));

        PortfolioUnit unit = SignedSheets.only(read);
        for (Role role : List.of(Role.CANDIDATE, Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR, Role.INTERNAL_VERIFIER)) {
            assertEquals(SignatureState.VALID, SealVerifier.state(read, unit, role), role.toString());
        }
    }

    private static void reverse(ArrayNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        Collections.reverse(items);
        array.removeAll();
        array.addAll(items);
    }
}
