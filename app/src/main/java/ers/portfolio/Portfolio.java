package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A candidate's portfolio: everything needed to print and check their record sheets, including a
 * copy of every unit specification used and the evidence, filed once however many sheets list it.
 * The file format is {@code specs/portfolio.schema.json}.
 *
 * <p>Every unit's rows carry the fields of the items they show, taken from {@link #evidence()}
 * when the portfolio is made, so that an item reads the same on every sheet.
 */
@JsonIgnoreProperties("$schema")
@JsonPropertyOrder({"format", "formatVersion", "candidate", "centre", "qualification", "people", "methods",
        "evidence", "units"})
public record Portfolio(String format, int formatVersion, Candidate candidate, Centre centre, String qualification,
                        People people, List<AssessmentMethod> methods, List<EvidenceItem> evidence,
                        List<PortfolioUnit> units) {

    /** Names the kind of file, so that a verifier who finds one knows what it is. */
    public static final String FORMAT = "evidence-record-portfolio";
    /** Version 2 keeps evidence once for the portfolio; version 1 kept it per unit. */
    public static final int FORMAT_VERSION = 2;

    /**
     * The evidence list wins over the rows: a row shows its item as the list has it. An item a row
     * names that the list lacks is added to the list from the row.
     */
    @JsonCreator
    public Portfolio {
        people = people == null ? People.none() : people;
        methods = methods == null ? List.of() : List.copyOf(methods);
        Map<String, EvidenceItem> items = byId(evidence == null ? List.of() : evidence);
        List<PortfolioUnit> resolved = new ArrayList<>();
        for (PortfolioUnit unit : units == null ? List.<PortfolioUnit>of() : units) {
            List<EvidenceRow> rows = null;
            for (int i = 0; i < unit.evidence().size(); i++) {
                EvidenceRow row = unit.evidence().get(i);
                EvidenceItem item = items.computeIfAbsent(row.id(), id -> row.item());
                // Most rows show their item already (every edit remakes the portfolio): those stay as they are.
                if (!row.shows(item)) {
                    rows = rows == null ? new ArrayList<>(unit.evidence()) : rows;
                    rows.set(i, row.withItem(item));
                }
            }
            resolved.add(rows == null ? unit : unit.withEvidence(rows));
        }
        evidence = List.copyOf(items.values());
        units = List.copyOf(resolved);
    }

    /** A portfolio whose evidence list is what its sheets show. */
    public Portfolio(String format, int formatVersion, Candidate candidate, Centre centre, String qualification,
                     People people, List<AssessmentMethod> methods, List<PortfolioUnit> units) {
        this(format, formatVersion, candidate, centre, qualification, people, methods, List.of(), units);
    }

    public static Portfolio create(Candidate candidate, Centre centre, String qualification, List<PortfolioUnit> units) {
        return new Portfolio(FORMAT, FORMAT_VERSION, candidate, centre, qualification, People.none(),
                AssessmentMethod.defaults(), List.of(), units);
    }

    private static Map<String, EvidenceItem> byId(List<EvidenceItem> items) {
        Map<String, EvidenceItem> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(item.id(), item));
        return map;
    }

    public Optional<PortfolioUnit> unit(String specId) {
        return units.stream().filter(u -> u.spec().id().equals(specId)).findFirst();
    }

    public Optional<EvidenceItem> item(String id) {
        return evidence.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The units whose sheets list the item, in portfolio order. */
    public List<PortfolioUnit> unitsListing(String itemId) {
        return units.stream().filter(u -> u.row(itemId).isPresent()).toList();
    }

    /**
     * For each item on the sheet of {@code unitId} that other sheets list too, the codes of those
     * other units in portfolio order; items on this sheet alone are left out.
     */
    public Map<String, List<String>> sharedWith(String unitId) {
        Map<String, List<String>> shared = new LinkedHashMap<>();
        PortfolioUnit own = unit(unitId).orElse(null);
        if (own == null) {
            return shared;
        }
        Set<String> ids = new HashSet<>();
        own.evidence().forEach(r -> ids.add(r.id()));
        for (PortfolioUnit other : units) {
            if (other == own) {
                continue;
            }
            for (EvidenceRow row : other.evidence()) {
                if (ids.contains(row.id())) {
                    shared.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(other.spec().code());
                }
            }
        }
        return shared;
    }

    public Optional<String> methodName(String code) {
        return methods.stream().filter(m -> m.code().equals(code)).map(AssessmentMethod::name).findFirst();
    }

    /**
     * The portfolio with these units. Here the rows win: a row whose item fields differ from the
     * evidence list is an edit of that item, and every sheet that lists the item shows the change.
     */
    public Portfolio withUnits(List<PortfolioUnit> newUnits) {
        Map<String, EvidenceItem> before = byId(evidence);
        Map<String, EvidenceItem> items = new LinkedHashMap<>(before);
        for (PortfolioUnit unit : newUnits) {
            for (EvidenceRow row : unit.evidence()) {
                // Rows the edit left alone show the items as they were, so only an edited row differs.
                EvidenceItem item = row.item();
                if (!item.equals(before.get(row.id()))) {
                    items.put(row.id(), item);
                }
            }
        }
        return new Portfolio(format, formatVersion, candidate, centre, qualification, people, methods,
                List.copyOf(items.values()), newUnits);
    }

    /** The portfolio with this evidence list (items added, changed or removed), rows following it. */
    public Portfolio withEvidence(List<EvidenceItem> items, List<PortfolioUnit> newUnits) {
        return new Portfolio(format, formatVersion, candidate, centre, qualification, people, methods, items, newUnits);
    }

    /** The same portfolio as this version of the application writes it. */
    public Portfolio inCurrentFormat() {
        return formatVersion == FORMAT_VERSION ? this : new Portfolio(format, FORMAT_VERSION, candidate, centre,
                qualification, people, methods, evidence, units);
    }
}
