package ers.portfolio;

import ers.spec.UnitSpec;
import java.util.List;
import java.util.Optional;

/**
 * One unit of the portfolio: a self-contained copy of its specification, the evidence rows of its
 * record sheet, the signatures on that sheet and its history.
 */
public record PortfolioUnit(UnitSpec spec, List<EvidenceRow> evidence, List<Signature> signatures,
                            List<HistoryEntry> history) {

    public PortfolioUnit {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static PortfolioUnit empty(UnitSpec spec) {
        return new PortfolioUnit(spec, List.of(), List.of(), List.of());
    }

    public Optional<Signature> signature(Role role) {
        return signatures.stream().filter(s -> s.role() == role).findFirst();
    }

    /** How many evidence rows cover the criterion. */
    public int coverage(String criterion) {
        return (int) evidence.stream().filter(r -> r.covers(criterion)).count();
    }

    /** Criteria no evidence row covers yet, in numeric order. */
    public List<String> uncovered() {
        return spec.criteria().stream().map(c -> c.number()).filter(n -> coverage(n) == 0).toList();
    }

    public PortfolioUnit withEvidence(List<EvidenceRow> rows) {
        return new PortfolioUnit(spec, rows, signatures, history);
    }

    /** The same sheet under another copy of its specification; see {@link SpecDrift#adopt}. */
    PortfolioUnit withSpec(UnitSpec newSpec) {
        return new PortfolioUnit(newSpec, evidence, signatures, history);
    }
}
