package ers.spec;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
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
        int level,
        int creditValue,
        Integer guidedLearningHours,
        LocalDate expiryDate,
        List<String> purpose,
        String outcomeStem,
        String criterionStem,
        String thirdColumnHeading,
        List<LearningOutcome> learningOutcomes,
        List<SpecSection> sections,
        List<String> transcriptionNotes) {

    public static final int FORMAT_VERSION = 1;

    public UnitSpec {
        purpose = purpose == null ? List.of() : List.copyOf(purpose);
        learningOutcomes = learningOutcomes.stream()
                .sorted(Comparator.comparingInt(LearningOutcome::number))
                .toList();
        sections = sections == null ? List.of() : List.copyOf(sections);
        transcriptionNotes = transcriptionNotes == null ? List.of() : List.copyOf(transcriptionNotes);
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
        return "Unit " + code + " " + title;
    }

    /** A unit past its expiry date may no longer be certificated; users must be told. */
    public boolean isExpiredOn(LocalDate day) {
        return expiryDate != null && expiryDate.isBefore(day);
    }
}
