package ers.json;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import ers.text.Plural;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Validates documents against one of the application's published JSON Schemas (draft 2020-12),
 * loaded from the bundled {@code specs/} folder, and reports each failure as a located problem.
 */
public final class SchemaCheck {

    private static final int QUOTED = 60;

    private final JsonSchema schema;

    private SchemaCheck(JsonSchema schema) {
        this.schema = schema;
    }

    /** @param resource a schema file name under {@code specs/}, e.g. {@code unit-spec.schema.json} */
    public static SchemaCheck of(String resource) {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                // The application's own mapper: the library would otherwise build a second one at start.
                builder -> builder.jsonMapper(JsonConfig.mapper()).schemaMappers(mappers -> mappers
                        .mapPrefix("urn:ers:unit-spec:1", "classpath:specs/unit-spec.schema.json")
                        .mapPrefix("urn:ers:portfolio:1", "classpath:specs/portfolio-v1.schema.json")
                        .mapPrefix("urn:ers:portfolio:2", "classpath:specs/portfolio.schema.json")));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                // The schemas phrase their own messages for patterns, which say nothing to a user on their own.
                .errorMessageKeyword("message")
                .build();
        return new SchemaCheck(factory.getSchema(SchemaLocation.of("classpath:specs/" + resource), config));
    }

    /** Problems of the document's tree below {@code pointer}, validated as a whole document. */
    public List<Problem> check(JsonDocument document, String pointer) {
        Set<ValidationMessage> messages = schema.validate(document.tree().at(pointer));
        return messages.stream()
                .map(m -> document.problemAt(pointer + locate(m), describe(m)))
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column)
                        .thenComparing(Problem::path))
                .toList();
    }

    public List<Problem> check(JsonDocument document) {
        return check(document, "");
    }

    /** An unknown field is reported where it is written, not where its object starts. */
    private static String locate(ValidationMessage m) {
        String at = m.getInstanceLocation().toString();
        if ("additionalProperties".equals(m.getType()) || "unevaluatedProperties".equals(m.getType())) {
            return JsonDocument.child(at, m.getProperty());
        }
        return at;
    }

    private static String describe(ValidationMessage m) {
        String error = m.getError() == null ? m.getMessage() : m.getError();
        return switch (m.getType()) {
            case "required" -> "the required field \"" + m.getProperty() + "\" is missing";
            case "additionalProperties", "unevaluatedProperties" ->
                    "this format has no field \"" + m.getProperty() + "\"; check its spelling";
            case "format" -> quoted(m.getInstanceNode().asText()) + " " + formatMessage(m, error);
            case "pattern" -> quoted(m.getInstanceNode().asText()) + " " + error;
            // The schemas give some of these their own words; only the library's own are reworded.
            case "minLength", "maxLength", "minItems", "maxItems" -> error.startsWith("must ") ? counted(m) : error;
            case "type" -> error.replaceFirst("\\[(\\w+), (\\w+)\\] expected$", "$1 or $2 expected")
                    .replaceFirst("\\[(\\w+), (\\w+), (\\w+)\\] expected$", "$1, $2 or $3 expected");
            default -> error;
        };
    }

    /** The library says "at least 1 characters"; a user reads "at least 1 character". */
    private static String counted(ValidationMessage m) {
        Object[] args = m.getArguments();
        int limit = Integer.parseInt(String.valueOf(args[0]));
        String noun = m.getType().endsWith("Length") ? "character" : "item";
        String bound = m.getType().startsWith("min") ? "at least " : "at most ";
        String size = m.getType().endsWith("Length") ? "must be " + bound + Plural.of(limit, noun) + " long"
                : "must have " + bound + Plural.of(limit, noun);
        return m.getType().endsWith("Items") && args.length > 1 ? size + " but has " + args[1] : size;
    }

    /** The offending value, cut short where a hostile file makes it long enough to bury the message. */
    private static String quoted(String value) {
        return "\"" + Printable.text(value.length() <= QUOTED ? value : value.substring(0, QUOTED) + "\u2026") + "\"";
    }

    private static String formatMessage(ValidationMessage m, String error) {
        String format = m.getSchemaNode().asText();
        return switch (format) {
            case "date" -> "is not a date written YYYY-MM-DD, e.g. 2026-03-31";
            case "date-time" -> "is not a date and time such as 2026-03-31T14:05:00Z";
            default -> error;
        };
    }
}
