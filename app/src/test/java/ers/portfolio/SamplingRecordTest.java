package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import ers.json.JsonConfig;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A verifier's sampling as files keep it: the names of who sampled and what they concluded, and lists never missing. */
class SamplingRecordTest {

    private static final Instant AT = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void aSamplingWithoutListsHasEmptyOnes() {
        SamplingRecord record = new SamplingRecord(AT, SamplingRecord.Sampler.INTERNAL_VERIFIER, "Margaret Ellison",
                null, null, SamplingRecord.Outcome.AGREED, null);
        assertEquals(List.of(), record.evidence());
        assertEquals(List.of(), record.criteria());
    }

    @Test
    void theListsGivenAreKeptAsTheyWereWhenMade() {
        List<String> evidence = new ArrayList<>(List.of("row-1", "row-2"));
        List<String> criteria = new ArrayList<>(List.of("1.1"));
        SamplingRecord record = new SamplingRecord(AT, SamplingRecord.Sampler.EXTERNAL_VERIFIER, "Tom Reyes",
                evidence, criteria, SamplingRecord.Outcome.ACTION_NEEDED, "Witness statement unsigned.");
        evidence.clear();
        criteria.add("1.2");
        assertEquals(List.of("row-1", "row-2"), record.evidence());
        assertEquals(List.of("1.1"), record.criteria());
    }

    @Test
    void aFileNamesTheSamplerAndTheOutcomeByTheirKeys() throws Exception {
        SamplingRecord record = new SamplingRecord(AT, SamplingRecord.Sampler.EXTERNAL_VERIFIER, "Tom Reyes",
                List.of("row-1"), List.of(), SamplingRecord.Outcome.NOT_AGREED, null);
        JsonNode written = JsonConfig.mapper().valueToTree(record);
        assertEquals("externalVerifier", written.path("by").asText());
        assertEquals("notAgreed", written.path("outcome").asText());
        assertEquals(record, JsonConfig.mapper().treeToValue(written, SamplingRecord.class));
    }

    @Test
    void samplersAndOutcomesHaveLabels() {
        assertEquals("Internal verifier", SamplingRecord.Sampler.INTERNAL_VERIFIER.label());
        assertEquals("External verifier", SamplingRecord.Sampler.EXTERNAL_VERIFIER.label());
        assertEquals("Action needed", SamplingRecord.Outcome.ACTION_NEEDED.label());
    }
}
