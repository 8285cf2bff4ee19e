package ers.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one Jackson configuration: no type information is ever taken from a file. */
class JsonConfigTest {

    @Test
    void noDefaultTypingSoAFileCannotChooseWhichClassIsCreated() throws Exception {
        ObjectMapper mapper = JsonConfig.mapper();
        assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(Object.class)));
        Object read = mapper.readValue("[\"java.util.Date\", 0]", Object.class);
        assertEquals(List.of("java.util.Date", 0), read, "a type name in the file stays a plain string");
    }

    @Test
    void aTextLongerThanAnyRealOneIsRefusedWhereItStarts() {
        byte[] json = ("{\n  \"title\": \"" + "x".repeat(JsonConfig.MAX_STRING + 1) + "\"\n}").getBytes(StandardCharsets.UTF_8);
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> JsonDocument.parse("long.json", json));
        Problem problem = e.problems().get(0);
        assertEquals(2, problem.line());
        assertEquals("the file is not a plausible document of this kind: String value length (4194305) exceeds "
                + "the maximum allowed (4194304); so it was not read", problem.message());
    }
}
