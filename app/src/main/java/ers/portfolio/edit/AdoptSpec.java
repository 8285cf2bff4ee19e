package ers.portfolio.edit;

import ers.portfolio.Portfolio;
import ers.portfolio.SpecDrift;
import java.util.Optional;

/** Replaces a unit's copy of its specification with the one the application now offers, by the user's choice. */
public record AdoptSpec(SpecDrift drift) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        Optional<String> why = drift.whyNot(portfolio);
        if (why.isPresent()) {
            throw new EditRefused(why.get());
        }
        return drift.adopt(portfolio);
    }

    @Override
    public String description() {
        return "adopt the new specification of unit " + drift.embedded().code();
    }
}
