package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import ers.json.JsonConfig;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published schemas and the records that read and write the files name the same fields, so
 * that nothing the schema admits is lost on reading and nothing written is refused on reopening.
 */
class SchemaAgreesWithModelTest {

    private static final Path SPECS = Path.of(System.getProperty("ers.repo", "..")).resolve("specs");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "portfolio.schema.json, '',                                   ers.portfolio.Portfolio",
            "portfolio.schema.json, /properties/candidate,                ers.portfolio.Candidate",
            "portfolio.schema.json, /properties/centre,                   ers.portfolio.Centre",
            "portfolio.schema.json, /properties/people,                   ers.portfolio.People",
            "portfolio.schema.json, /$defs/person,                        ers.portfolio.Person",
            "portfolio.schema.json, /properties/methods/items,            ers.portfolio.AssessmentMethod",
            "portfolio.schema.json, /properties/units/items,              ers.portfolio.PortfolioUnit",
            "portfolio.schema.json, /$defs/evidenceItem,                  ers.portfolio.EvidenceItem",
            "portfolio.schema.json, /$defs/sheetRow,                      ers.portfolio.SheetEntry",
            "portfolio.schema.json, /$defs/sampling,                      ers.portfolio.SamplingRecord",
            "portfolio.schema.json, /$defs/signature,                     ers.portfolio.Signature",
            "portfolio.schema.json, /$defs/signature/properties/drawing,  ers.portfolio.Drawing",
            "portfolio.schema.json, /$defs/signature/properties/seal,     ers.portfolio.Seal",
            "portfolio.schema.json, /$defs/historyEntry,                  ers.portfolio.HistoryEntry",
            "unit-spec.schema.json, '',                                   ers.spec.UnitSpec",
            "unit-spec.schema.json, /$defs/learningOutcome,               ers.spec.LearningOutcome",
            "unit-spec.schema.json, /$defs/criterion,                     ers.spec.Criterion",
            "unit-spec.schema.json, /$defs/section,                       ers.spec.SpecSection"})
    void theSchemaNamesExactlyTheFieldsOfTheRecord(String schema, String pointer, Class<?> record) throws Exception {
        JsonNode object = JsonConfig.mapper().readTree(SPECS.resolve(schema).toFile()).at(pointer);
        Set<String> inSchema = new TreeSet<>();
        object.path("properties").fieldNames().forEachRemaining(inSchema::add);
        inSchema.remove("$schema");
        // The names the file carries, as the writer writes them (a unit's rows are written as "sheet").
        var mapper = JsonConfig.mapper();
        Set<String> inRecord = mapper.getSerializationConfig().introspect(mapper.constructType(record))
                .findProperties().stream().map(p -> p.getName()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inRecord, inSchema);
    }
}
