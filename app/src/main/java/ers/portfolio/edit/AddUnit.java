package ers.portfolio.edit;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.spec.UnitSpec;
import java.util.ArrayList;
import java.util.List;

/** Adds a unit, with an empty record sheet and a copy of its specification, at the end. */
public record AddUnit(UnitSpec spec) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        if (portfolio.unit(spec.id()).isPresent()) {
            throw new EditRefused("unit " + spec.code() + " is already in the portfolio");
        }
        List<PortfolioUnit> units = new ArrayList<>(portfolio.units());
        units.add(PortfolioUnit.empty(spec));
        return portfolio.withUnits(units);
    }

    @Override
    public String description() {
        return "add unit " + spec.code();
    }
}
