package ers.ui.sign;

import ers.portfolio.People;
import ers.portfolio.Person;
import ers.portfolio.Portfolio;
import ers.portfolio.Role;
import java.util.Optional;

/** The name a form offers for a line: whoever the portfolio names in that role. */
final class SignerNames {

    private SignerNames() {
    }

    static Optional<String> of(Portfolio portfolio, Role role) {
        People people = portfolio.people();
        Person person = switch (role) {
            case CANDIDATE -> new Person(portfolio.candidate().name(), true);
            case ASSESSOR -> people.assessor();
            case COUNTERSIGNING_ASSESSOR -> people.countersigningAssessor();
            case INTERNAL_VERIFIER -> people.internalVerifier();
            case COUNTERSIGNING_VERIFIER -> people.countersigningVerifier();
        };
        return person == null ? Optional.empty() : Optional.of(person.name());
    }
}
