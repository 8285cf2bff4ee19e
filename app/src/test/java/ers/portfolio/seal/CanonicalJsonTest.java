package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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

    @Test
    void escapesASurrogateOnlyWhenItHasNoPartner() {
        String pair = "\ud83d\ude00";
        assertEquals("\"a" + pair + "b\"", text("a" + pair + "b"), "a whole pair is written as itself");
        assertEquals("\"\\ud83d\"", text("\ud83d"), "a high surrogate at the end");
        assertEquals("\"\\ud83dx\"", text("\ud83dx"), "a high surrogate before a plain character");
        assertEquals("\"\\ud83d\\ud83d\"", text("\ud83d\ud83d"), "two high surrogates");
        assertEquals("\"\\ude00x\"", text("\ude00x"), "a low surrogate at the start");
        assertEquals("\"x\\ude00\"", text("x\ude00"), "a low surrogate after a plain character");
        assertEquals("\"\\ude00\\ude00\"", text("\ude00\ude00"), "two low surrogates");
    }

    private static String text(String value) {
        return new String(CanonicalJson.bytes(JsonNodeFactory.instance.textNode(value)), StandardCharsets.UTF_8);
    }
}
