package ers.portfolio.edit;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.Portfolio;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replaces the centre's assessment-method key. Rows keep the codes they carry; a code dropped from
 * the key still prints, only without its name in the sheet's key.
 */
public record SetMethodKey(List<AssessmentMethod> methods) implements Edit {

    public SetMethodKey {
        methods = List.copyOf(methods);
        Set<String> codes = new HashSet<>();
        for (AssessmentMethod m : methods) {
            if (!m.code().matches("[A-Za-z0-9]{1,6}")) {
                throw new IllegalArgumentException("method code \"" + m.code() + "\" must be 1 to 6 letters or digits");
            }
            if (m.name().isBlank()) {
                throw new IllegalArgumentException("method " + m.code() + " needs a name");
            }
            if (!codes.add(m.code())) {
                throw new IllegalArgumentException("method code " + m.code() + " is used twice");
            }
        }
    }

    @Override
    public Portfolio applyTo(Portfolio p) {
        return new Portfolio(p.format(), p.formatVersion(), p.candidate(), p.centre(), p.qualification(), p.people(),
                methods, p.evidence(), p.units());
    }

    @Override
    public String description() {
        return "edit method key";
    }
}
