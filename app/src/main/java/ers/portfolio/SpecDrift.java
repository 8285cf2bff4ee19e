package ers.portfolio;

import ers.spec.CatalogEntry;
import ers.spec.LearningOutcome;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A unit whose copy in a portfolio differs from the specification the application now offers
 * under the same id (bundled, or in the user's units folder). The portfolio keeps its copy until
 * the user chooses to {@link #adopt} the offered one: nothing changes silently.
 *
 * @param embedded  the copy in the portfolio
 * @param offered   the specification offered now
 * @param offeredBy where the offered one comes from, in words: {@code the bundled specification}
 * @param changes   what differs, one short phrase each, e.g. {@code criterion 3.5 added}
 */
public record SpecDrift(UnitSpec embedded, UnitSpec offered, String offeredBy, List<String> changes) {

    public SpecDrift {
        changes = List.copyOf(changes);
    }

    /** Every unit of the portfolio whose offered specification differs from its copy, in portfolio order. */
    public static List<SpecDrift> between(Portfolio portfolio, UnitCatalog catalog) {
        List<SpecDrift> drifts = new ArrayList<>();
        for (PortfolioUnit unit : portfolio.units()) {
            catalog.entry(unit.spec().id())
                    .filter(entry -> !entry.spec().equals(unit.spec()))
                    .ifPresent(entry -> drifts.add(new SpecDrift(unit.spec(), entry.spec(), source(entry),
                            changes(unit.spec(), entry.spec()))));
        }
        return drifts;
    }

    /** {@code Unit F17: the bundled specification differs from this portfolio's copy: title reworded; ...}. */
    public String summary() {
        return "Unit " + embedded.code() + ": " + offeredBy + " differs from this portfolio's copy: "
                + String.join("; ", changes);
    }

    /**
     * Evidence that maps to criteria the offered specification does not have, e.g.
     * {@code E3 (2.4, 2.5)}; adopting is refused while there is any.
     */
    public List<String> orphanedMappings(Portfolio portfolio) {
        List<String> orphans = new ArrayList<>();
        for (EvidenceRow row : unit(portfolio).evidence()) {
            List<String> missing = row.criteria().stream().filter(c -> offered.criterion(c).isEmpty()).toList();
            if (!missing.isEmpty()) {
                orphans.add(row.reference() + " (" + String.join(", ", missing) + ")");
            }
        }
        return orphans;
    }

    /**
     * The portfolio with this unit's copy replaced by the offered specification. Signatures on the
     * sheet vouch for the specification they were given under, so they no longer stand afterwards.
     *
     * @throws IllegalArgumentException naming the evidence, when rows map to criteria the offered
     *                                  specification does not have
     */
    public Portfolio adopt(Portfolio portfolio) {
        whyNot(portfolio).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        PortfolioUnit unit = unit(portfolio);
        return portfolio.withUnits(portfolio.units().stream()
                .map(u -> u == unit ? u.withSpec(offered) : u)
                .toList());
    }

    /** Why the offered specification cannot replace the unit's copy yet, naming the evidence; empty when it can. */
    public Optional<String> whyNot(Portfolio portfolio) {
        List<String> orphans = orphanedMappings(portfolio);
        return orphans.isEmpty() ? Optional.empty() : Optional.of("unit " + embedded.code()
                + " keeps its current specification: evidence " + String.join("; ", orphans)
                + " is mapped to criteria that " + offeredBy + " does not have. Remove those ticks first, then adopt it.");
    }

    private PortfolioUnit unit(Portfolio portfolio) {
        return portfolio.unit(embedded.id()).orElseThrow(() -> new IllegalArgumentException(
                "the portfolio has no unit " + embedded.code()));
    }

    private static String source(CatalogEntry entry) {
        return entry.origin() == CatalogEntry.Origin.BUNDLED ? "the bundled specification"
                : "the specification in " + entry.location();
    }

    static List<String> changes(UnitSpec was, UnitSpec now) {
        List<String> changes = new ArrayList<>();
        changed(changes, "code", was.code(), now.code());
        if (!Objects.equals(was.title(), now.title())) {
            changes.add("title reworded to \"" + now.displayTitle() + "\"");
        }
        changed(changes, "level", was.level(), now.level());
        changed(changes, "credit value", was.creditValue(), now.creditValue());
        changed(changes, "guided learning hours", was.guidedLearningHours(), now.guidedLearningHours());
        changed(changes, "expiry date", date(was), date(now));
        criterionChanges(changes, criteria(was), criteria(now));
        outcomeChanges(changes, was, now);
        List<String> details = new ArrayList<>();
        detail(details, "unit numbers", was, now, s -> List.of(String.valueOf(s.ocrUnitNumber()),
                String.valueOf(s.sectorUnitNumber()), String.valueOf(s.unitReferenceNumber())));
        detail(details, "awarding body", was, now, UnitSpec::awardingBody);
        detail(details, "purpose", was, now, UnitSpec::purpose);
        detail(details, "column headings", was, now, s -> List.of(String.valueOf(s.outcomeStem()),
                String.valueOf(s.criterionStem()), String.valueOf(s.thirdColumnHeading())));
        detail(details, "guidance", was, now, s -> s.learningOutcomes().stream().map(LearningOutcome::guidance).toList());
        detail(details, "evidence and assessment sections", was, now, UnitSpec::sections);
        detail(details, "transcription notes", was, now, UnitSpec::transcriptionNotes);
        detail(details, "what is incomplete", was, now, UnitSpec::gaps);
        if (!details.isEmpty()) {
            changes.add("also changed: " + String.join(", ", details));
        }
        if (changes.isEmpty()) {
            changes.add("the file format version differs");
        }
        return changes;
    }

    private static void changed(List<String> changes, String what, Object was, Object now) {
        if (Objects.equals(was, now)) {
            return;
        }
        if (was == null) {
            changes.add(what + " " + now + " added");
        } else if (now == null) {
            changes.add(what + " " + was + " removed");
        } else {
            changes.add(what + " " + was + " is now " + now);
        }
    }

    private static void detail(List<String> details, String what, UnitSpec was, UnitSpec now,
                               Function<UnitSpec, Object> part) {
        if (!Objects.equals(part.apply(was), part.apply(now))) {
            details.add(what);
        }
    }

    private static void criterionChanges(List<String> changes, Map<String, String> was, Map<String, String> now) {
        List<String> added = now.keySet().stream().filter(n -> !was.containsKey(n)).toList();
        List<String> removed = was.keySet().stream().filter(n -> !now.containsKey(n)).toList();
        List<String> reworded = was.keySet().stream()
                .filter(n -> now.containsKey(n) && !now.get(n).equals(was.get(n))).toList();
        listed(changes, added, "added");
        listed(changes, removed, "removed");
        listed(changes, reworded, "reworded");
    }

    private static void outcomeChanges(List<String> changes, UnitSpec was, UnitSpec now) {
        List<String> reworded = was.learningOutcomes().stream()
                .filter(lo -> now.learningOutcomes().stream()
                        .anyMatch(other -> other.number() == lo.number() && !other.title().equals(lo.title())))
                .map(LearningOutcome::label).toList();
        if (!reworded.isEmpty()) {
            changes.add((reworded.size() == 1 ? "learning outcome " : "learning outcomes ")
                    + String.join(", ", reworded) + " reworded");
        }
    }

    private static void listed(List<String> changes, List<String> numbers, String how) {
        if (!numbers.isEmpty()) {
            changes.add((numbers.size() == 1 ? "criterion " : "criteria ") + String.join(", ", numbers) + " " + how);
        }
    }

    private static Map<String, String> criteria(UnitSpec spec) {
        Map<String, String> out = new LinkedHashMap<>();
        spec.criteria().forEach(c -> out.put(c.number(), c.text()));
        return out;
    }

    private static String date(UnitSpec spec) {
        return spec.expiryDate() == null ? null : UkDates.format(spec.expiryDate());
    }
}
