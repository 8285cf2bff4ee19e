package ers.portfolio.edit;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.Portfolio;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Replaces the centre's assessment-method key. Rows keep the codes they carry; a code dropped from
 * the key still prints, only without its name in the sheet's key.
 */
public record SetMethodKey(List<AssessmentMethod> methods) implements Edit {

    public SetMethodKey {
        methods = List.copyOf(methods);
    }

    /** What is wrong with the key, for the form to say before it closes; empty when nothing is. */
    public Optional<String> problem() {
        Set<String> codes = new HashSet<>();
        for (AssessmentMethod m : methods) {
            if (!m.code().matches("[A-Za-z0-9]{1,6}")) {
                return Optional.of("method code \"" + m.code() + "\" must be 1 to 6 letters or digits");
            }
            if (m.name().isBlank()) {
                return Optional.of("method " + m.code() + " needs a name");
            }
            if (!codes.add(m.code())) {
                return Optional.of("method code " + m.code() + " is used twice");
            }
        }
        return Optional.empty();
    }

    @Override
    public Portfolio applyTo(Portfolio p) throws EditRefused {
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            throw new EditRefused(problem.get());
        }
        return new Portfolio(p.format(), p.formatVersion(), p.candidate(), p.centre(), p.qualification(), p.people(),
                methods, p.evidence(), p.units());
    }

    @Override
    public String description() {
        return "edit method key";
    }
}
