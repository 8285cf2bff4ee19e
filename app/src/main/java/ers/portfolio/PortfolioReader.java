package ers.portfolio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import ers.json.InvalidFileException;
import ers.json.JsonConfig;
import ers.json.JsonDocument;
import ers.json.Problem;
import ers.json.SchemaCheck;
import ers.spec.UnitSpec;
import ers.spec.UnitSpecReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    private static final Pattern UNIT_PLACE = Pattern.compile("/units/(\\d+)(?:/evidence/(\\d+))?");

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

    public static Portfolio fromDocument(JsonDocument document) throws InvalidFileException {
        document.refuseNewerFormat("", Portfolio.FORMAT_VERSION, "portfolio");
        List<Problem> problems = new ArrayList<>(SCHEMA.check(document));
        JsonNode units = document.tree().path("units");
        for (int i = 0; problems.isEmpty() && i < units.size(); i++) {
            problems.addAll(UnitSpecReader.ruleProblems(document, "/units/" + i + "/spec"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(named(document, problems));
        }
        Portfolio portfolio = bind(document);
        problems.addAll(crossFieldProblems(document, portfolio));
        problems.addAll(SignatureRules.problems(document, portfolio));
        if (!problems.isEmpty()) {
            throw new InvalidFileException(named(document, problems));
        }
        return portfolio;
    }

    /**
     * Says which unit and evidence row a problem is in, as the sheet names them, after the JSON
     * Pointer: {@code /units/0/evidence/1/date (unit F17, evidence E2): ...}.
     */
    private static List<Problem> named(JsonDocument document, List<Problem> problems) {
        return problems.stream().map(problem -> {
            Matcher place = UNIT_PLACE.matcher(problem.path());
            if (!place.lookingAt() || !problem.message().startsWith(problem.path() + ": ")) {
                return problem;
            }
            JsonNode unit = document.tree().at("/units/" + place.group(1));
            String words = "unit " + text(unit.at("/spec/code"), "number " + (Integer.parseInt(place.group(1)) + 1));
            if (place.group(2) != null) {
                words += ", evidence " + text(unit.at("/evidence/" + place.group(2) + "/reference"),
                        "row " + (Integer.parseInt(place.group(2)) + 1));
            }
            return new Problem(problem.file(), problem.line(), problem.column(), problem.path(), problem.path()
                    + " (" + words + ")" + problem.message().substring(problem.path().length()));
        }).toList();
    }

    private static String text(JsonNode node, String otherwise) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : otherwise;
    }

    private static Portfolio bind(JsonDocument document) throws InvalidFileException {
        try {
            return JsonConfig.mapper().treeToValue(document.tree(), Portfolio.class);
        } catch (JsonProcessingException e) {
            // The schema admits only what the records can hold, so this is a mismatch between the two.
            throw new InvalidFileException(document.problemAt("", "cannot be read: " + e.getOriginalMessage()));
        }
    }

    /**
     * Rules across fields: rows map only to criteria their unit has; method codes, evidence ids and
     * units are unique. Rows are walked in the document, where their criteria are still as written
     * (the model sorts them).
     */
    private static List<Problem> crossFieldProblems(JsonDocument document, Portfolio portfolio) {
        List<Problem> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int m = 0; m < portfolio.methods().size(); m++) {
            String code = portfolio.methods().get(m).code();
            if (!codes.add(code)) {
                problems.add(document.problemAt("/methods/" + m + "/code", "method code " + code
                        + " is in the key twice; the sheet's key could not say which name it has"));
            }
        }
        Set<String> unitIds = new HashSet<>();
        for (int u = 0; u < portfolio.units().size(); u++) {
            String unitPath = "/units/" + u;
            UnitSpec spec = portfolio.units().get(u).spec();
            if (!unitIds.add(spec.id())) {
                problems.add(document.problemAt(unitPath + "/spec/id", "this unit (" + spec.id()
                        + ") is already in the portfolio"));
            }
            Set<String> rowIds = new HashSet<>();
            JsonNode rows = document.tree().at(unitPath + "/evidence");
            for (int r = 0; r < rows.size(); r++) {
                String rowPath = unitPath + "/evidence/" + r;
                JsonNode row = rows.get(r);
                if (!rowIds.add(row.path("id").asText())) {
                    problems.add(document.problemAt(rowPath + "/id", "the id " + row.path("id").asText()
                            + " is already used by an earlier row of this unit"));
                }
                JsonNode criteria = row.path("criteria");
                for (int c = 0; c < criteria.size(); c++) {
                    String number = criteria.get(c).asText();
                    if (spec.criterion(number).isEmpty()) {
                        problems.add(document.problemAt(rowPath + "/criteria/" + c, "mapped to criterion "
                                + number + ", which the unit's specification does not have"));
                    }
                }
            }
        }
        return problems;
    }
}
