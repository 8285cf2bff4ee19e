package ers.portfolio;

import com.fasterxml.jackson.databind.JsonNode;
import ers.json.JsonDocument;
import ers.json.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rules of a sheet's signatures the schema cannot express. Each line of a sheet carries at most
 * one signature: with two, a reader would judge one and print the other, so the file is refused.
 */
final class SignatureRules {

    private SignatureRules() {
    }

    /** Read from the document as written, in either format: both keep signatures at {@code /units/N/signatures}. */
    static List<Problem> problems(JsonDocument document) {
        List<Problem> problems = new ArrayList<>();
        JsonNode units = document.tree().path("units");
        for (int u = 0; u < units.size(); u++) {
            JsonNode signatures = units.get(u).path("signatures");
            Set<String> signed = new HashSet<>();
            for (int s = 0; s < signatures.size(); s++) {
                String role = signatures.get(s).path("role").asText();
                if (!signed.add(role)) {
                    problems.add(document.problemAt("/units/" + u + "/signatures/" + s + "/role", "the "
                            + Role.byKey(role).map(Role::inSentence).orElse(role) + " line is signed twice; a line "
                            + "carries one signature, so this file cannot say which of the two stands"));
                }
            }
        }
        return problems;
    }
}
