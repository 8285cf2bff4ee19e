package ers.portfolio.edit;

import ers.portfolio.Portfolio;

/** Removes a unit and its record sheet; Undo brings both back. */
public record RemoveUnit(String unitId) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        Units.unit(portfolio, unitId);
        return portfolio.withUnits(portfolio.units().stream().filter(u -> !u.spec().id().equals(unitId)).toList());
    }

    @Override
    public String description() {
        return "remove unit";
    }
}
