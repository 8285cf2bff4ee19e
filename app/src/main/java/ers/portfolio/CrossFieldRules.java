package ers.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import ers.json.JsonDocument;
import ers.json.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules across fields that a schema cannot state, checked on the document as written (where a
 * row's criteria are still in the file's order and every value has its line): method codes, units
 * and ids are unique, rows name evidence the portfolio has, and criteria exist in their unit.
 */
final class CrossFieldRules {

    private final JsonDocument document;
    private final List<Problem> problems = new ArrayList<>();

    private CrossFieldRules(JsonDocument document) {
        this.document = document;
    }

    /** Format 1: each unit keeps its own rows, whose ids are unique within the unit. */
    static List<Problem> formatOne(JsonDocument document) {
        CrossFieldRules rules = new CrossFieldRules(document);
        rules.methodsAndUnits();
        JsonNode units = document.tree().path("units");
        for (int u = 0; u < units.size(); u++) {
            Set<String> rowIds = new HashSet<>();
            Set<String> criteria = criteriaOf(units.get(u));
            JsonNode rows = units.get(u).path("evidence");
            for (int r = 0; r < rows.size(); r++) {
                String rowPath = "/units/" + u + "/evidence/" + r;
                rules.unique(rowIds, rows.get(r).path("id").asText(), rowPath + "/id", "an earlier row of this unit");
                rules.criteriaExist(criteria, rows.get(r).path("criteria"), rowPath + "/criteria/");
            }
        }
        return rules.problems;
    }

    /** Format 2: one evidence list, whose items the units' rows name. */
    static List<Problem> formatTwo(JsonDocument document) {
        CrossFieldRules rules = new CrossFieldRules(document);
        rules.methodsAndUnits();
        Set<String> items = new HashSet<>();
        JsonNode evidence = document.tree().path("evidence");
        for (int i = 0; i < evidence.size(); i++) {
            rules.unique(items, evidence.get(i).path("id").asText(), "/evidence/" + i + "/id", "an earlier evidence item");
        }
        JsonNode units = document.tree().path("units");
        for (int u = 0; u < units.size(); u++) {
            Set<String> listed = new HashSet<>();
            Set<String> rowIds = new HashSet<>();
            Set<String> criteria = criteriaOf(units.get(u));
            JsonNode rows = units.get(u).path("sheet");
            for (int r = 0; r < rows.size(); r++) {
                String rowPath = "/units/" + u + "/sheet/" + r;
                JsonNode row = rows.get(r);
                String item = row.path("evidence").asText();
                if (!items.contains(item)) {
                    rules.problems.add(document.problemAt(rowPath + "/evidence", "names the evidence item " + item
                            + ", which the portfolio's evidence list does not have"));
                } else if (!listed.add(item)) {
                    rules.problems.add(document.problemAt(rowPath + "/evidence", "lists the evidence item " + item
                            + " a second time on this sheet"));
                }
                rules.unique(rowIds, row.path("rowId").asText(item), rowPath, "an earlier row of this sheet");
                rules.criteriaExist(criteria, row.path("criteria"), rowPath + "/criteria/");
            }
            JsonNode sampling = units.get(u).path("sampling");
            for (int s = 0; s < sampling.size(); s++) {
                String at = "/units/" + u + "/sampling/" + s;
                JsonNode sampled = sampling.get(s).path("evidence");
                for (int e = 0; e < sampled.size(); e++) {
                    if (!listed.contains(sampled.get(e).asText())) {
                        rules.problems.add(document.problemAt(at + "/evidence/" + e, "names the evidence item "
                                + sampled.get(e).asText() + ", which this sheet does not list"));
                    }
                }
                rules.criteriaExist(criteria, sampling.get(s).path("criteria"), at + "/criteria/");
            }
        }
        return rules.problems;
    }

    private void methodsAndUnits() {
        Set<String> codes = new HashSet<>();
        JsonNode methods = document.tree().path("methods");
        for (int m = 0; m < methods.size(); m++) {
            String code = methods.get(m).path("code").asText();
            if (!codes.add(code)) {
                problems.add(document.problemAt("/methods/" + m + "/code", "method code " + code
                        + " is in the key twice; the sheet's key could not say which name it has"));
            }
        }
        Set<String> unitIds = new HashSet<>();
        JsonNode units = document.tree().path("units");
        for (int u = 0; u < units.size(); u++) {
            String id = units.get(u).at("/spec/id").asText();
            if (!unitIds.add(id)) {
                problems.add(document.problemAt("/units/" + u + "/spec/id", "this unit (" + id
                        + ") is already in the portfolio"));
            }
        }
    }

    private void unique(Set<String> seen, String id, String path, String earlier) {
        if (!seen.add(id)) {
            problems.add(document.problemAt(path, "the id " + id + " is already used by " + earlier));
        }
    }

    private void criteriaExist(Set<String> known, JsonNode criteria, String pathPrefix) {
        for (int c = 0; c < criteria.size(); c++) {
            String number = criteria.get(c).asText();
            if (!known.contains(number)) {
                problems.add(document.problemAt(pathPrefix + c, "mapped to criterion " + number
                        + ", which the unit's specification does not have"));
            }
        }
    }

    private static Set<String> criteriaOf(JsonNode unit) {
        Set<String> numbers = new HashSet<>();
        for (JsonNode outcome : unit.at("/spec/learningOutcomes")) {
            for (JsonNode criterion : outcome.path("criteria")) {
                numbers.add(criterion.path("number").asText());
            }
        }
        return numbers;
    }
}
