package ers.portfolio.progress;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import ers.portfolio.seal.SignOff;
import ers.spec.Criterion;
import ers.text.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where one unit stands: its criteria covered, the state of each line its sheet needs, and every
 * criterion with the evidence that covers it.
 *
 * @param lines the state of each line the sheet needs (the countersignatures only where the
 *              assessor or internal verifier is a trainee), in the order the sheet prints them
 * @param criteria every criterion of the unit in numeric order, with its covering references
 */
public record UnitProgress(PortfolioUnit unit, Map<Role, SignatureState> lines, List<Gap> criteria, boolean expired) {

    public UnitProgress {
        // An EnumMap keeps the lines in the order the sheet prints them, as Map.copyOf would not.
        Map<Role, SignatureState> inOrder = new EnumMap<>(Role.class);
        inOrder.putAll(lines);
        lines = Collections.unmodifiableMap(inOrder);
        criteria = List.copyOf(criteria);
    }

    public static UnitProgress of(Portfolio portfolio, PortfolioUnit unit, SignatureJudge judge, LocalDate today) {
        Map<Role, SignatureState> lines = new EnumMap<>(Role.class);
        for (Role role : SignOff.of(portfolio, unit).needed()) {
            lines.put(role, judge.judge(portfolio, unit, role));
        }
        List<Gap> criteria = new ArrayList<>();
        for (Criterion c : unit.spec().criteria()) {
            criteria.add(new Gap(c.number(), c.text(), unit.evidence().stream().filter(r -> r.covers(c.number()))
                    .map(EvidenceRow::reference).toList()));
        }
        return new UnitProgress(unit, lines, criteria, unit.spec().isExpiredOn(today));
    }

    public int criteriaCount() {
        return criteria.size();
    }

    public int covered() {
        return (int) criteria.stream().filter(Gap::covered).count();
    }

    public List<Gap> gaps() {
        return criteria.stream().filter(g -> !g.covered()).toList();
    }

    public Coverage coverage() {
        return Coverage.of(covered(), criteriaCount());
    }

    /** Credits as the specification gives them, or null when it does not say. */
    public Integer credits() {
        return unit.spec().creditValue();
    }

    /**
     * Signed off: the candidate's and the assessor's signatures stand, and the countersignature
     * where the assessor is a trainee. Sampling by the internal verifier comes after and is shown apart.
     */
    public boolean signedOff() {
        return lines.entrySet().stream()
                .filter(e -> e.getKey() == Role.CANDIDATE || e.getKey() == Role.ASSESSOR
                        || e.getKey() == Role.COUNTERSIGNING_ASSESSOR)
                .allMatch(e -> e.getValue() == SignatureState.VALID);
    }

    /** The date of the assessor's signature while it stands. */
    public Optional<LocalDate> assessorSigned() {
        return standing(Role.ASSESSOR).map(Signature::date);
    }

    public Optional<Signature> standing(Role role) {
        return lines.get(role) == SignatureState.VALID ? unit.signature(role) : Optional.empty();
    }

    /** The unit's state in words: its coverage, or {@code Signed off with 3 criteria uncovered} once signed off. */
    public String statusWords() {
        if (!signedOff()) {
            return coverage().label();
        }
        return gaps().isEmpty() ? "Signed off" : "Signed off with " + Plural.criteria(gaps().size()) + " uncovered";
    }
}
