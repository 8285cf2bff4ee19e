package ers.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import ers.json.InvalidFileException;
import ers.json.JsonConfig;
import ers.json.JsonDocument;
import ers.json.Problem;
import ers.json.SchemaCheck;
import ers.spec.UnitSpecReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens portfolio files. A file is either read whole or refused with every problem located;
 * reading never writes anything.
 */
public final class PortfolioReader {

    /**
     * A portfolio of many units with hundreds of rows and drawn signatures is a few MB; the limit
     * keeps a hostile file (a gigabyte of whitespace) from being read at all.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final SchemaCheck SCHEMA = SchemaCheck.of("portfolio.schema.json");
    private static final SchemaCheck SCHEMA_1 = SchemaCheck.of("portfolio-v1.schema.json");
    private static final Pattern UNIT_PLACE = Pattern.compile("/units/(\\d+)(?:/(evidence|sheet)/(\\d+))?");
    private static final Pattern ITEM_PLACE = Pattern.compile("/evidence/(\\d+)");

    private PortfolioReader() {
    }

    public static Portfolio read(Path file) throws InvalidFileException {
        return fromDocument(JsonDocument.read(file, MAX_BYTES));
    }

    public static Portfolio parse(String name, byte[] json) throws InvalidFileException {
        return fromDocument(JsonDocument.parse(name, json));
    }

    /** Whether a parsed document says it is a portfolio, whatever else is wrong with it. */
    public static boolean isPortfolio(JsonDocument document) {
        return Portfolio.FORMAT.equals(document.tree().path("format").asText());
    }

    /**
     * Reads format 2, and format 1 (checked against its own schema and rules, where the problems
     * are located in the file as written, then upgraded in memory).
     */
    public static Portfolio fromDocument(JsonDocument document) throws InvalidFileException {
        refuseOtherKinds(document);
        document.refuseNewerFormat("", Portfolio.FORMAT_VERSION, "portfolio");
        boolean first = document.tree().path("formatVersion").isInt() && document.tree().path("formatVersion").intValue() == 1;
        List<Problem> problems = new ArrayList<>((first ? SCHEMA_1 : SCHEMA).check(document));
        JsonNode units = document.tree().path("units");
        for (int i = 0; problems.isEmpty() && i < units.size(); i++) {
            problems.addAll(UnitSpecReader.ruleProblems(document, "/units/" + i + "/spec"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(named(document, problems));
        }
        problems.addAll(first ? CrossFieldRules.formatOne(document) : CrossFieldRules.formatTwo(document));
        problems.addAll(SignatureRules.problems(document));
        if (!problems.isEmpty()) {
            throw new InvalidFileException(named(document, problems));
        }
        return bind(document, first ? FormatUpgrade.toVersion2(document.tree()) : document.tree());
    }

    /**
     * A file that is JSON but plainly not a portfolio is told so in one line, rather than as every
     * field of a portfolio missing; one that has a portfolio's fields is left for the schema to judge.
     */
    private static void refuseOtherKinds(JsonDocument document) throws InvalidFileException {
        JsonNode tree = document.tree();
        String holds = tree.isArray() ? "a list" : tree.isTextual() ? "only words in double quotes"
                : tree.isNumber() ? "only a number" : tree.isBoolean() ? "only true or false" : tree.isNull() ? "only null" : null;
        if (holds != null) {
            throw new InvalidFileException(document.problemAt("", "this is not a portfolio: the file holds " + holds
                    + " where a portfolio's fields should be"));
        }
        if (isPortfolio(document) || tree.has("candidate") || tree.has("units")) {
            return;
        }
        List<String> fields = new ArrayList<>();
        tree.fieldNames().forEachRemaining(fields::add);
        String kind = tree.has("learningOutcomes") ? "a unit specification, not a portfolio"
                : tree.path("format").isTextual() ? "a file of another kind (\"" + tree.path("format").asText() + "\"), not a portfolio"
                : "JSON of another kind, not a portfolio" + (fields.isEmpty() ? " (it is empty)"
                        : " (its fields are " + String.join(", ", fields.subList(0, Math.min(6, fields.size())))
                                + (fields.size() > 6 ? ", …" : "") + ")");
        throw new InvalidFileException(document.problemAt("", "this is " + kind + "; a portfolio starts with "
                + "\"format\": \"" + Portfolio.FORMAT + "\""));
    }

    /**
     * Says which unit and evidence row a problem is in, as the sheet names them, after the JSON
     * Pointer: {@code /units/0/evidence/1/date (unit F17, evidence E2): ...}.
     */
    private static List<Problem> named(JsonDocument document, List<Problem> problems) {
        return problems.stream().map(problem -> {
            if (!problem.message().startsWith(problem.path() + ": ")) {
                return problem;
            }
            String words = words(document.tree(), problem.path());
            return words == null ? problem : new Problem(problem.file(), problem.line(), problem.column(),
                    problem.path(), problem.path() + " (" + words + ")" + problem.message().substring(problem.path().length()));
        }).toList();
    }

    private static String words(JsonNode tree, String path) {
        Matcher item = ITEM_PLACE.matcher(path);
        if (item.lookingAt()) {
            return "evidence " + text(tree.at("/evidence/" + item.group(1) + "/reference"),
                    "item " + (Integer.parseInt(item.group(1)) + 1));
        }
        Matcher place = UNIT_PLACE.matcher(path);
        if (!place.lookingAt()) {
            return null;
        }
        JsonNode unit = tree.at("/units/" + place.group(1));
        String words = "unit " + text(unit.at("/spec/code"), "number " + (Integer.parseInt(place.group(1)) + 1));
        if (place.group(3) != null) {
            String row = "row " + (Integer.parseInt(place.group(3)) + 1);
            JsonNode reference = "evidence".equals(place.group(2))
                    ? unit.at("/evidence/" + place.group(3) + "/reference")
                    : referenceOf(tree, unit.at("/sheet/" + place.group(3) + "/evidence").asText());
            words += ", evidence " + text(reference, row);
        }
        return words;
    }

    private static JsonNode referenceOf(JsonNode tree, String itemId) {
        for (JsonNode item : tree.path("evidence")) {
            if (item.path("id").asText().equals(itemId)) {
                return item.path("reference");
            }
        }
        return MissingNode.getInstance();
    }

    private static String text(JsonNode node, String otherwise) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : otherwise;
    }

    private static Portfolio bind(JsonDocument document, JsonNode tree) throws InvalidFileException {
        try {
            return JsonConfig.mapper().treeToValue(tree, Portfolio.class);
        } catch (JsonProcessingException e) {
            // The schema admits only what the records can hold, so this is a mismatch between the two.
            throw new InvalidFileException(document.mismatch("", e));
        }
    }
}
