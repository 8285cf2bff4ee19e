package ers.portfolio;

import ers.json.JsonDocument;
import ers.json.Problem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rules of a sheet's signatures the schema cannot express. Each line of a sheet carries at most
 * one signature: with two, a reader would judge one and print the other, so the file is refused.
 */
final class SignatureRules {

    private SignatureRules() {
    }

    static List<Problem> problems(JsonDocument document, Portfolio portfolio) {
        List<Problem> problems = new ArrayList<>();
        for (int u = 0; u < portfolio.units().size(); u++) {
            List<Signature> signatures = portfolio.units().get(u).signatures();
            Set<Role> signed = EnumSet.noneOf(Role.class);
            for (int s = 0; s < signatures.size(); s++) {
                Role role = signatures.get(s).role();
                if (!signed.add(role)) {
                    problems.add(document.problemAt("/units/" + u + "/signatures/" + s + "/role", "the "
                            + role.inSentence() + " line is signed twice; a line carries one signature, "
                            + "so this file cannot say which of the two stands"));
                }
            }
        }
        return problems;
    }
}
