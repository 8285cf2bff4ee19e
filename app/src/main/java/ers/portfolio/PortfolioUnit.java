package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import ers.spec.UnitSpec;
import java.util.List;
import java.util.Optional;

/**
 * One unit of the portfolio: a self-contained copy of its specification, the rows of its record
 * sheet, the signatures on that sheet, its history and any verifier's sampling. The file keeps
 * each row as a {@link SheetEntry} naming an item of the portfolio's evidence list; in memory the
 * rows carry the item's fields, filled in by {@link Portfolio}.
 */
@JsonPropertyOrder({"spec", "sheet", "signatures", "history", "sampling"})
public record PortfolioUnit(UnitSpec spec, @JsonIgnore List<EvidenceRow> evidence, List<Signature> signatures,
                            List<HistoryEntry> history,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<SamplingRecord> sampling) {

    public PortfolioUnit {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        signatures = signatures == null ? List.of() : List.copyOf(signatures);
        history = history == null ? List.of() : List.copyOf(history);
        sampling = sampling == null ? List.of() : List.copyOf(sampling);
    }

    /** A unit no verifier has sampled. */
    public PortfolioUnit(UnitSpec spec, List<EvidenceRow> evidence, List<Signature> signatures,
                         List<HistoryEntry> history) {
        this(spec, evidence, signatures, history, List.of());
    }

    /** As the file has it: rows that name their items, to be filled in from the evidence list. */
    @JsonCreator
    static PortfolioUnit fromFile(@JsonProperty("spec") UnitSpec spec, @JsonProperty("sheet") List<SheetEntry> sheet,
                                  @JsonProperty("signatures") List<Signature> signatures,
                                  @JsonProperty("history") List<HistoryEntry> history,
                                  @JsonProperty("sampling") List<SamplingRecord> sampling) {
        List<EvidenceRow> rows = sheet == null ? List.of() : sheet.stream()
                .map(e -> new EvidenceRow(e.evidence(), null, null, null, null, null, null, e.criteria(), e.rowId()))
                .toList();
        return new PortfolioUnit(spec, rows, signatures, history, sampling);
    }

    public static PortfolioUnit empty(UnitSpec spec) {
        return new PortfolioUnit(spec, List.of(), List.of(), List.of(), List.of());
    }

    /** The sheet's rows as the file keeps them. */
    @JsonProperty("sheet")
    public List<SheetEntry> sheet() {
        return evidence.stream().map(EvidenceRow::entry).toList();
    }

    public Optional<Signature> signature(Role role) {
        return signatures.stream().filter(s -> s.role() == role).findFirst();
    }

    public Optional<EvidenceRow> row(String itemId) {
        return evidence.stream().filter(r -> r.id().equals(itemId)).findFirst();
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
        return new PortfolioUnit(spec, rows, signatures, history, sampling);
    }

    public PortfolioUnit withSignatures(List<Signature> newSignatures, List<HistoryEntry> newHistory) {
        return new PortfolioUnit(spec, evidence, newSignatures, newHistory, sampling);
    }

    public PortfolioUnit withHistory(List<HistoryEntry> newHistory) {
        return new PortfolioUnit(spec, evidence, signatures, newHistory, sampling);
    }

    public PortfolioUnit withSampling(List<SamplingRecord> newSampling, List<HistoryEntry> newHistory) {
        return new PortfolioUnit(spec, evidence, signatures, newHistory, newSampling);
    }

    /** The same sheet under another copy of its specification; see {@link SpecDrift#adopt}. */
    PortfolioUnit withSpec(UnitSpec newSpec) {
        return new PortfolioUnit(newSpec, evidence, signatures, history, sampling);
    }
}
