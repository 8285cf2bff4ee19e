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

    private PortfolioReader() {
    }

    public static Portfolio read(Path file) throws InvalidFileException {
        return fromDocument(JsonDocument.read(file, MAX_BYTES));
    }

    public static Portfolio parse(String name, byte[] json) throws InvalidFileException {
        return fromDocument(JsonDocument.parse(name, json));
    }

    private static Portfolio fromDocument(JsonDocument document) throws InvalidFileException {
        refuseNewerVersion(document);
        List<Problem> problems = new ArrayList<>(SCHEMA.check(document));
        JsonNode units = document.tree().path("units");
        for (int i = 0; problems.isEmpty() && i < units.size(); i++) {
            problems.addAll(UnitSpecReader.problems(document, "/units/" + i + "/spec"));
        }
        if (problems.isEmpty()) {
            problems.addAll(mappingProblems(document));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(problems);
        }
        try {
            return JsonConfig.mapper().treeToValue(document.tree(), Portfolio.class);
        } catch (JsonProcessingException e) {
            throw new InvalidFileException(document.problemAt("", "cannot be read: " + e.getOriginalMessage()));
        }
    }

    private static void refuseNewerVersion(JsonDocument document) throws InvalidFileException {
        JsonNode version = document.tree().path("formatVersion");
        if (version.isInt() && version.intValue() > Portfolio.FORMAT_VERSION) {
            throw new InvalidFileException(document.problemAt("/formatVersion", "this portfolio was written in format "
                    + version.intValue() + " by a newer version of the application; this version reads format "
                    + Portfolio.FORMAT_VERSION + " and will not open it rather than lose what it cannot read"));
        }
    }

    /** Rules across fields: rows map only to criteria their unit has; ids and units are unique. */
    private static List<Problem> mappingProblems(JsonDocument document) throws InvalidFileException {
        List<Problem> problems = new ArrayList<>();
        Set<String> unitIds = new HashSet<>();
        JsonNode units = document.tree().path("units");
        for (int u = 0; u < units.size(); u++) {
            String unitPath = "/units/" + u;
            UnitSpec spec = UnitSpecReader.fromDocument(document, unitPath + "/spec");
            if (!unitIds.add(spec.id())) {
                problems.add(document.problemAt(unitPath + "/spec/id", "unit " + spec.id() + " is in the portfolio twice"));
            }
            Set<String> rowIds = new HashSet<>();
            JsonNode rows = units.get(u).path("evidence");
            for (int r = 0; r < rows.size(); r++) {
                String rowPath = unitPath + "/evidence/" + r;
                String rowId = rows.get(r).path("id").asText();
                if (!rowIds.add(rowId)) {
                    problems.add(document.problemAt(rowPath + "/id", "evidence id " + rowId + " is used twice"));
                }
                JsonNode criteria = rows.get(r).path("criteria");
                for (int c = 0; c < criteria.size(); c++) {
                    String number = criteria.get(c).asText();
                    if (spec.criterion(number).isEmpty()) {
                        problems.add(document.problemAt(rowPath + "/criteria/" + c, "evidence "
                                + rows.get(r).path("reference").asText() + " is mapped to criterion " + number
                                + ", which unit " + spec.code() + " does not have"));
                    }
                }
            }
        }
        return problems;
    }
}
