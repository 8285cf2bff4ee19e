package ers.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import ers.text.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A unit specification as the awarding body publishes it. The JSON form is described by
 * {@code specs/unit-spec.schema.json}; the fields follow it one to one.
 */
@JsonIgnoreProperties("$schema")
@JsonPropertyOrder({"formatVersion", "id", "awardingBody", "code", "title"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record UnitSpec(
        int formatVersion,
        String id,
        String awardingBody,
        String code,
        String title,
        String ocrUnitNumber,
        String sectorUnitNumber,
        String unitReferenceNumber,
        Level level,
        Integer creditValue,
        Integer guidedLearningHours,
        LocalDate expiryDate,
        List<String> purpose,
        String outcomeStem,
        String criterionStem,
        String thirdColumnHeading,
        List<LearningOutcome> learningOutcomes,
        List<SpecSection> sections,
        List<String> transcriptionNotes,
        @JsonInclude(JsonInclude.Include.NON_NULL) Unknowns unknown,
        @JsonInclude(JsonInclude.Include.NON_NULL) String incomplete) {

    public static final int FORMAT_VERSION = 1;

    public UnitSpec {
        purpose = purpose == null ? List.of() : List.copyOf(purpose);
        learningOutcomes = learningOutcomes.stream()
                .sorted(Comparator.comparingInt(LearningOutcome::number))
                .toList();
        sections = sections == null ? List.of() : List.copyOf(sections);
        transcriptionNotes = transcriptionNotes == null ? List.of() : List.copyOf(transcriptionNotes);
        // Absent rather than empty in the file, so a complete unit is written (and sealed) as before.
        unknown = Unknowns.NONE.equals(unknown) ? null : unknown;
        incomplete = incomplete == null || incomplete.isBlank() ? null : incomplete.strip();
    }

    /** What a reader of the sheet must be told is missing, e.g. {@code level not known (...)}; empty when complete. */
    public List<String> gaps() {
        List<String> gaps = new ArrayList<>();
        if (unknown != null) {
            gaps.addAll(unknown.described());
        }
        List<String> partial = criteria().stream().filter(Criterion::textIncomplete).map(Criterion::number).toList();
        if (!partial.isEmpty()) {
            gaps.add((partial.size() == 1 ? "the text of criterion " : "the text of criteria ")
                    + String.join(", ", partial) + " incomplete");
        }
        if (incomplete != null) {
            gaps.add(incomplete);
        }
        return gaps;
    }

    public boolean hasGaps() {
        return !gaps().isEmpty();
    }

    /** {@code Unit specification incomplete: level not known (...); ...}, or empty for a complete unit. */
    public Optional<String> incompleteNotice() {
        List<String> gaps = gaps();
        return gaps.isEmpty() ? Optional.empty()
                : Optional.of("Unit specification incomplete: " + String.join("; ", gaps));
    }

    /** The same unit under another id and code, as when a copy of a unit becomes the centre's own. */
    public UnitSpec withIdentity(String newId, String newCode) {
        return new UnitSpec(formatVersion, newId, awardingBody, newCode, title, ocrUnitNumber, sectorUnitNumber,
                unitReferenceNumber, level, creditValue, guidedLearningHours, expiryDate, purpose, outcomeStem,
                criterionStem, thirdColumnHeading, learningOutcomes, sections, transcriptionNotes, unknown, incomplete);
    }

    /** Every criterion of the unit, in numeric order. */
    public List<Criterion> criteria() {
        return learningOutcomes.stream().flatMap(lo -> lo.criteria().stream()).toList();
    }

    public Optional<Criterion> criterion(String number) {
        return criteria().stream().filter(c -> c.number().equals(number)).findFirst();
    }

    /** {@code Unit F17 Manage customer service ...}, as the record sheet titles the unit. */
    public String sheetTitle() {
        return "Unit " + code + " " + displayTitle();
    }

    /** {@code level 3, 4 credits}; an unknown value is said to be "not known". */
    public String levelAndCredit() {
        return (level != null ? "level " + level : "level not known") + ", "
                + (creditValue != null ? Plural.of(creditValue, "credit") : "credit value not known");
    }

    /** The title, or {@code (title not known)}: an unknown value is never shown as an invented one. */
    public String displayTitle() {
        return title != null ? title : "(title not known)";
    }

    /** A unit past its expiry date may no longer be certificated; users must be told. */
    public boolean isExpiredOn(LocalDate day) {
        return expiryDate != null && expiryDate.isBefore(day);
    }
}
