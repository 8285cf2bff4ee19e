package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import ers.json.JsonConfig;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    private static String canonical(String json) throws Exception {
        JsonNode tree = JsonConfig.mapper().readTree(json);
        return new String(CanonicalJson.bytes(tree), StandardCharsets.UTF_8);
    }

    @Test
    void sortsKeysDropsNullsAndWhitespace() throws Exception {
        assertEquals("{\"a\":[1,true],\"b\":{\"c\":\"x\"}}",
                canonical("{ \"b\" : {\"d\": null, \"c\": \"x\"},\n  \"a\": [ 1, true ] }"));
    }

    @Test
    void sameTextInEitherUnicodeCompositionGivesTheSameBytes() throws Exception {
        String composed = canonical("{\"t\":\"Caf\u00e9 \u0175\"}");
        String decomposed = canonical("{\"t\":\"Cafe\u0301 w\u0302\"}");
        assertEquals(composed, decomposed);
        assertEquals("{\"t\":\"Caf\u00e9 \u0175\"}", composed);
    }

    @Test
    void writesNumbersAsTheirExactDecimalValue() throws Exception {
        assertEquals("[3,0.5,-12.25,0,100,0.1000000000000000055511151231257827021181583404541015625]",
                canonical("[3, 0.50, -12.25, -0.0, 1e2, 0.1]"));
    }

    @Test
    void escapesOnlyWhatJsonRequires() throws Exception {
        assertEquals("[\"\\\"\\\\\\n\\u0001 \u00a3 \u2019\"]", canonical("[\"\\\"\\\\\\n\\u0001 \u00a3 \u2019\"]"));
    }

    @Test
    void keysAreComparedByCodeUnitsNotLocale() throws Exception {
        assertNotEquals(canonical("{\"B\":1,\"a\":2}"), "{\"a\":2,\"B\":1}");
        assertEquals("{\"B\":1,\"a\":2}", canonical("{\"a\":2,\"B\":1}"));
    }
}
