package ers.ui.overview;

import ers.portfolio.Portfolio;
import ers.portfolio.Role;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import ers.portfolio.UkDates;
import ers.portfolio.progress.PortfolioProgress;
import ers.portfolio.progress.UnitProgress;
import ers.text.Plural;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/**
 * What the Overview shows of the open portfolio, worked out once per portfolio state: the words
 * of each unit's line and of the totals, so the view only places them.
 */
public final class OverviewModel {

    private final ReadOnlyObjectWrapper<PortfolioProgress> progress = new ReadOnlyObjectWrapper<>(this, "progress");
    private final Clock clock;

    public OverviewModel(ObservableValue<Portfolio> portfolio, Clock clock) {
        this.clock = clock;
        portfolio.addListener((o, was, now) -> update(now));
        update(portfolio.getValue());
    }

    private void update(Portfolio portfolio) {
        progress.set(portfolio == null ? null
                : PortfolioProgress.of(portfolio, SignatureJudge.standard(), LocalDate.now(clock)));
    }

    public ReadOnlyObjectProperty<PortfolioProgress> progressProperty() {
        return progress.getReadOnlyProperty();
    }

    static String who(Portfolio p) {
        return "Candidate: " + withNumber(p.candidate().name(), p.candidate().number())
                + "   ·   Centre: " + withNumber(p.centre().name(), p.centre().number());
    }

    static String people(PortfolioProgress p) {
        return p.people().isEmpty() ? "No assessor or verifier named yet (Edit > Candidate and centre)"
                : String.join("   ·   ", p.people());
    }

    private static String withNumber(String name, String number) {
        return number == null || number.isBlank() ? name : name + " (" + number + ")";
    }

    static String level(UnitProgress unit) {
        Object level = unit.unit().spec().level();
        return level == null ? "Level not known" : "Level " + level;
    }

    static String credits(UnitProgress unit) {
        return unit.credits() == null ? "credits not known" : Plural.of(unit.credits(), "credit");
    }

    static String covered(UnitProgress unit) {
        return unit.covered() + " of " + Plural.criteria(unit.criteriaCount()) + " covered";
    }

    /** Each line the sheet needs, with its state: {@code Candidate ✓   Assessor VOID   IV –}. */
    static String lines(UnitProgress unit) {
        return unit.lines().entrySet().stream()
                .map(e -> shortName(e.getKey()) + " " + mark(e.getValue()))
                .collect(Collectors.joining("    "));
    }

    private static String shortName(Role role) {
        return switch (role) {
            case CANDIDATE -> "Candidate";
            case ASSESSOR -> "Assessor";
            case COUNTERSIGNING_ASSESSOR -> "Countersignature";
            case INTERNAL_VERIFIER -> "IV";
            case COUNTERSIGNING_VERIFIER -> "IV countersignature";
        };
    }

    private static String mark(SignatureState state) {
        return switch (state) {
            case VALID -> "\u2713 signed";
            case ABSENT -> "not signed";
            default -> state.name();
        };
    }

    static String status(UnitProgress unit) {
        String status = unit.statusWords();
        return unit.expired() ? status + "   \u26a0 Expired " + UkDates.format(unit.unit().spec().expiryDate()) : status;
    }

    static String totals(PortfolioProgress p) {
        return "Credits signed off: " + p.signedOffCredits() + " of " + Plural.of(p.credits(), "credit")
                + " (" + p.signedOffUnits() + " of " + Plural.of(p.units().size(), "unit") + ")   ·   Criteria covered: "
                + p.covered() + " of " + p.criteria();
    }
}
