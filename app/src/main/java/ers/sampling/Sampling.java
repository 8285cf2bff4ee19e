package ers.sampling;

import ers.portfolio.EvidenceRow;
import ers.portfolio.HistoryEntry;
import ers.portfolio.HistoryEntry.Action;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SamplingRecord;
import ers.portfolio.UkDates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A verifier's sample, kept with the sheet and written in its history. Sampling changes neither
 * the evidence nor any signature: a seal covers only the history before it, so no signature
 * stops standing because a verifier looked at the sheet.
 */
public final class Sampling {

    private Sampling() {
    }

    /** The portfolio with {@code sample} added to the unit's samples and its history. */
    public static Portfolio record(Portfolio portfolio, String unitId, SamplingRecord sample) {
        PortfolioUnit unit = portfolio.unit(unitId).orElseThrow(() -> new IllegalArgumentException("no unit " + unitId));
        List<SamplingRecord> samples = new ArrayList<>(unit.sampling());
        samples.add(sample);
        List<HistoryEntry> history = new ArrayList<>(unit.history());
        Role role = sample.by() == SamplingRecord.Sampler.INTERNAL_VERIFIER ? Role.INTERNAL_VERIFIER : null;
        history.add(new HistoryEntry(sample.at(), Action.SAMPLED, role, sample.name(),
                (role == null ? "external verifier: " : "") + describe(unit, sample)));
        PortfolioUnit sampled = unit.withSampling(samples, history);
        return portfolio.withUnits(portfolio.units().stream()
                .map(u -> u.spec().id().equals(unitId) ? sampled : u).toList());
    }

    /** The sampler's most recent sample of the sheet, e.g. what the IV initials line prints. */
    public static Optional<SamplingRecord> latest(PortfolioUnit unit, SamplingRecord.Sampler by) {
        return unit.sampling().stream().filter(s -> s.by() == by).max(Comparator.comparing(SamplingRecord::at));
    }

    /** {@code 02/12/2026 14:05  Internal verifier Daniel Okafor: evidence E1; criteria 1.1; agreed}, in UK time. */
    public static String summary(PortfolioUnit unit, SamplingRecord sample) {
        return UkDates.formatDateTime(sample.at()) + "  " + sample.by().label() + " " + sample.name() + ": "
                + describe(unit, sample);
    }

    /** {@code evidence E1, E3; criteria 1.1, 2.3; agreed: comment}. */
    public static String describe(PortfolioUnit unit, SamplingRecord sample) {
        Map<String, String> references = unit.evidence().stream()
                .collect(Collectors.toMap(EvidenceRow::id, EvidenceRow::reference, (a, b) -> a));
        String evidence = sample.evidence().isEmpty() ? "none named" : sample.evidence().stream()
                .map(id -> references.getOrDefault(id, id + " (no longer on the sheet)")).collect(Collectors.joining(", "));
        String criteria = sample.criteria().isEmpty() ? "none named" : String.join(", ", sample.criteria());
        return "evidence " + evidence + "; criteria " + criteria + "; " + sample.outcome().label().toLowerCase()
                + (sample.comment() == null || sample.comment().isBlank() ? "" : ": " + sample.comment().strip());
    }
}
