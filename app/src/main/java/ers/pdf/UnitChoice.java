package ers.pdf;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which units' sheets an export holds, as the command line names them (by the code the sheet
 * prints, or the id) and the editor ticks them (by id); no unit named means every unit.
 */
public record UnitChoice(List<String> unitIds) {

    public static final UnitChoice ALL = new UnitChoice(List.of());

    public UnitChoice {
        unitIds = List.copyOf(unitIds);
    }

    /** The units named by code ({@code F17}, any case) or id; refused, naming the portfolio's units, for one it lacks. */
    public static UnitChoice byCode(Portfolio portfolio, List<String> codes) throws UnknownUnit {
        List<String> ids = new ArrayList<>();
        for (String code : codes) {
            PortfolioUnit unit = portfolio.units().stream()
                    .filter(u -> u.spec().code().equalsIgnoreCase(code) || u.spec().id().equals(code))
                    .findFirst()
                    .orElseThrow(() -> new UnknownUnit("unit " + code + " is not in this portfolio; it has "
                            + portfolio.units().stream().map(u -> u.spec().code()).collect(Collectors.joining(", "))));
            ids.add(unit.spec().id());
        }
        return new UnitChoice(ids);
    }

    public boolean everyUnit() {
        return unitIds.isEmpty();
    }

    /** A unit the portfolio does not hold. */
    public static final class UnknownUnit extends Exception {
        UnknownUnit(String message) {
            super(message);
        }
    }
}
