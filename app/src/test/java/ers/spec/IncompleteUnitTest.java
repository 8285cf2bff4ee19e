package ers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import ers.json.JsonConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A unit copied from a register page that showed only part of it says what it lacks. */
class IncompleteUnitTest {

    private static final String PARTIAL = SmallUnit.JSON
            .replace("\"title\": \"Lead a team briefing\",", "\"title\": null,")
            .replace("\"level\": 3,", "\"level\": null,")
            .replace("\"creditValue\": 4,", "\"creditValue\": null, \"unknown\": { \"title\": \"not shown on the register page\","
                    + " \"level\": \"not shown on the register page\", \"creditValue\": \"not shown\" },"
                    + " \"incomplete\": \"learning outcomes after 1 were not retrieved\",")
            .replace("{ \"number\": \"1.2\", \"text\": \"Check the team understood\" }",
                    "{ \"number\": \"1.2\", \"text\": \"Check the team\", \"incomplete\": true }");

    @Test
    void unknownValuesAreNullWithTheirReasonAndTheUnitSaysWhatIsMissing() throws Exception {
        UnitSpec unit = SmallUnit.parse(PARTIAL);

        assertNull(unit.level());
        assertNull(unit.creditValue());
        assertEquals("Unit U1 (title not known)", unit.sheetTitle());
        assertEquals("level not known, credit value not known", unit.levelAndCredit());
        assertTrue(unit.criterion("1.2").orElseThrow().textIncomplete());
        assertFalse(unit.criterion("1.1").orElseThrow().textIncomplete());
        assertEquals(Optional.of("Unit specification incomplete: title not known (not shown on the register page); "
                + "level not known (not shown on the register page); credit value not known (not shown); "
                + "the text of criterion 1.2 incomplete; learning outcomes after 1 were not retrieved"),
                unit.incompleteNotice());
    }

    @Test
    void anIncompleteUnitWritesBackWhatItRead() throws Exception {
        UnitSpec unit = SmallUnit.parse(PARTIAL);
        byte[] written = JsonConfig.mapper().writeValueAsBytes(unit);

        assertEquals(unit, UnitSpecReader.parse("again.json", written));
        JsonNode tree = JsonConfig.mapper().readTree(written);
        assertEquals("not shown", tree.at("/unknown/creditValue").asText());
        assertFalse(tree.at("/unknown").has("guidedLearningHours"));
    }

    @Test
    void aCompleteUnitIsWrittenWithoutTheNewFields() throws Exception {
        UnitSpec unit = SmallUnit.parse(SmallUnit.JSON);
        JsonNode tree = JsonConfig.mapper().valueToTree(unit);

        assertFalse(unit.hasGaps());
        assertEquals(Optional.empty(), unit.incompleteNotice());
        assertFalse(tree.has("unknown") || tree.has("incomplete"));
        assertFalse(tree.at("/learningOutcomes/0/criteria/0").has("incomplete"));
        assertEquals(3, tree.get("level").asInt());
        assertTrue(tree.get("level").isInt());
    }

    @Test
    void entryLevelsAreWrittenE1ToE3AndReadBack() throws Exception {
        UnitSpec unit = SmallUnit.parse(SmallUnit.JSON.replace("\"level\": 3", "\"level\": \"E2\""));

        assertEquals(Level.entryLevel(2), unit.level());
        assertEquals("level Entry 2, 4 credits", unit.levelAndCredit());
        assertEquals("E2", JsonConfig.mapper().valueToTree(unit).get("level").asText());
    }

    @Test
    void levelsAreReadAsSpecificationsPrintThem() {
        assertEquals(Optional.of(Level.of(4)), Level.parse("4"));
        assertEquals(Optional.of(Level.of(2)), Level.parse("Level 2"));
        assertEquals(Optional.of(Level.entryLevel(3)), Level.parse("Entry 3"));
        assertEquals(Optional.of(Level.entryLevel(1)), Level.parse("Entry level 1"));
        assertEquals(Optional.of(Level.entryLevel(2)), Level.parse("E2"));
        assertEquals(Optional.empty(), Level.parse("Entry 4"));
        assertEquals(Optional.empty(), Level.parse("9"));
        assertEquals(Optional.empty(), Level.parse("four"));
    }

    @Test
    void oneCreditIsSingular() throws Exception {
        UnitSpec unit = SmallUnit.parse(SmallUnit.JSON.replace("\"creditValue\": 4", "\"creditValue\": 1"));

        assertEquals("level 3, 1 credit", unit.levelAndCredit());
        assertEquals(List.of(), unit.gaps());
    }
}
