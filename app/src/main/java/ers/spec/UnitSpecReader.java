package ers.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import ers.json.InvalidFileException;
import ers.json.JsonConfig;
import ers.json.JsonDocument;
import ers.json.Problem;
import ers.json.SchemaCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads unit specifications: checks them against the published schema, then against the rules
 * the schema cannot express (unique criterion numbers, each criterion under its own outcome).
 */
public final class UnitSpecReader {

    /** The longest real specification is about 20 KB; anything near this is not a unit. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final SchemaCheck SCHEMA = SchemaCheck.of("unit-spec.schema.json");

    private UnitSpecReader() {
    }

    public static UnitSpec read(Path file) throws InvalidFileException {
        return fromDocument(JsonDocument.read(file, MAX_BYTES), "");
    }

    public static UnitSpec parse(String name, byte[] json) throws InvalidFileException {
        return fromDocument(JsonDocument.parse(name, json), "");
    }

    /** A specification found at {@code pointer} inside a larger document, such as a portfolio. */
    public static UnitSpec fromDocument(JsonDocument document, String pointer) throws InvalidFileException {
        document.refuseNewerFormat(pointer, UnitSpec.FORMAT_VERSION, "unit specification");
        List<Problem> problems = SCHEMA.check(document, pointer);
        if (problems.isEmpty()) {
            problems = ruleProblems(document, pointer);
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        return bind(document.tree().at(pointer), document, pointer);
    }

    private static UnitSpec bind(JsonNode node, JsonDocument document, String pointer) throws InvalidFileException {
        try {
            return JsonConfig.mapper().treeToValue(node, UnitSpec.class);
        } catch (JsonProcessingException e) {
            // The schema admits only what the record can hold, so this is a mismatch between the two.
            throw new InvalidFileException(document.mismatch(pointer, e));
        }
    }

    /**
     * The rules the schema cannot express, for a specification at {@code pointer} that has already
     * passed the schema (a portfolio's schema includes the unit schema for its embedded copies).
     */
    public static List<Problem> ruleProblems(JsonDocument document, String pointer) {
        List<Problem> problems = unknownProblems(document, pointer);
        Set<Integer> outcomes = new HashSet<>();
        Set<String> criteria = new HashSet<>();
        JsonNode los = document.tree().at(pointer + "/learningOutcomes");
        for (int i = 0; i < los.size(); i++) {
            String loPath = pointer + "/learningOutcomes/" + i;
            int lo = los.get(i).get("number").asInt();
            if (!outcomes.add(lo)) {
                problems.add(document.problemAt(loPath + "/number", "learning outcome " + lo + " appears twice"));
            }
            JsonNode cs = los.get(i).get("criteria");
            for (int j = 0; j < cs.size(); j++) {
                String cPath = loPath + "/criteria/" + j + "/number";
                String number = cs.get(j).get("number").asText();
                if (CriterionNumber.parse(number).outcome() != lo) {
                    problems.add(document.problemAt(cPath, "criterion " + number
                            + " is listed under learning outcome " + lo + "; its number says outcome "
                            + CriterionNumber.parse(number).outcome()));
                }
                if (!criteria.add(number)) {
                    problems.add(document.problemAt(cPath, "criterion " + number + " appears twice"));
                }
            }
        }
        return problems;
    }

    /** A null header value is an unknown one, so it needs its reason; a value with a reason is not unknown. */
    private static List<Problem> unknownProblems(JsonDocument document, String pointer) {
        List<Problem> problems = new ArrayList<>();
        JsonNode unit = document.tree().at(pointer);
        JsonNode unknown = unit.path("unknown");
        for (String[] field : UNKNOWABLE) {
            boolean missing = unit.path(field[0]).isNull() || unit.path(field[0]).isMissingNode();
            boolean explained = unknown.has(field[0]);
            if (missing && !explained && !field[0].equals("guidedLearningHours")) {
                problems.add(document.problemAt(pointer + "/" + field[0], "the " + field[1]
                        + " is null: give it, or say why it is not known in unknown/" + field[0]));
            } else if (!missing && explained) {
                problems.add(document.problemAt(pointer + "/unknown/" + field[0], "the " + field[1]
                        + " is given, so it has no reason for being unknown; remove this reason"));
            }
        }
        return problems;
    }

    /** Header values that may be unknown, with their names in a sentence. */
    private static final String[][] UNKNOWABLE = {
            {"title", "title"}, {"level", "level"}, {"creditValue", "credit value"},
            {"guidedLearningHours", "guided learning hours"}};
}
