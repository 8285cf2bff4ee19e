package ers.portfolio.progress;

import ers.portfolio.People;
import ers.portfolio.Person;
import ers.portfolio.Portfolio;
import ers.portfolio.SignatureJudge;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The whole portfolio at a glance: each unit's progress and the totals across them. */
public record PortfolioProgress(Portfolio portfolio, List<UnitProgress> units) {

    public PortfolioProgress {
        units = List.copyOf(units);
    }

    public static PortfolioProgress of(Portfolio portfolio, SignatureJudge judge, LocalDate today) {
        return new PortfolioProgress(portfolio, portfolio.units().stream()
                .map(u -> UnitProgress.of(portfolio, u, judge, today)).toList());
    }

    /** Credits of all units whose specification gives them. */
    public int credits() {
        return units.stream().map(UnitProgress::credits).filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
    }

    public int signedOffCredits() {
        return units.stream().filter(UnitProgress::signedOff).map(UnitProgress::credits).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
    }

    public int criteria() {
        return units.stream().mapToInt(UnitProgress::criteriaCount).sum();
    }

    public int covered() {
        return units.stream().mapToInt(UnitProgress::covered).sum();
    }

    public long signedOffUnits() {
        return units.stream().filter(UnitProgress::signedOff).count();
    }

    /** Who assesses and verifies, as {@code Assessor: Ravi Chandra (trainee)}, for each person named. */
    public List<String> people() {
        People people = portfolio.people();
        List<String> named = new ArrayList<>();
        name(named, "Assessor", people.assessor());
        name(named, "Countersigning assessor", people.countersigningAssessor());
        name(named, "Internal verifier", people.internalVerifier());
        name(named, "Countersigning verifier", people.countersigningVerifier());
        return named;
    }

    private static void name(List<String> named, String label, Person person) {
        if (person != null) {
            named.add(label + ": " + person.name() + (person.qualified() ? "" : " (trainee)"));
        }
    }
}
