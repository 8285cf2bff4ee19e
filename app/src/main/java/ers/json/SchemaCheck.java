package ers.json;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates documents against one of the application's published JSON Schemas (draft 2020-12),
 * loaded from the bundled {@code specs/} folder, and reports each failure as a located problem.
 */
public final class SchemaCheck {

    private final JsonSchema schema;

    private SchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    /** @param resource a schema file name under {@code specs/}, e.g. {@code unit-spec.schema.json} */
    public static SchemaCheck of(String resource) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers
                        .mapPrefix("urn:ers:unit-spec:1", "classpath:specs/unit-spec.schema.json")
                        .mapPrefix("urn:ers:portfolio:1", "classpath:specs/portfolio.schema.json")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        return new SchemaCheck(factory.getSchema(SchemaLocation.of("classpath:specs/" + resource), config));
    }

    /** Problems of the document's tree below {@code pointer}, validated as a whole document. */
    public List<Problem> check(JsonDocument document, String pointer) {
        Set<ValidationMessage> messages = schema.validate(document.tree().at(pointer));
        return messages.stream()
                .map(m -> document.problemAt(pointer + m.getInstanceLocation().toString(), describe(m)))
                .sorted(Comparator.comparingInt(Problem::line).thenComparing(Problem::path))
                .toList();
    }

    public List<Problem> check(JsonDocument document) {
        return check(document, "");
    }

    private static String describe(ValidationMessage m) {
        String error = m.getError();
        return error == null ? m.getMessage() : error;
    }
}
