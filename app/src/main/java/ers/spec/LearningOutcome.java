package ers.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.List;

/**
 * A learning outcome with its criteria (kept in numeric order, whatever the file's order) and the specification's third column
 * for it (exemplification, knowledge and understanding, or teaching content).
 */
public record LearningOutcome(
        int number,
        String title,
        List<Criterion> criteria,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> guidance) {

    public LearningOutcome {
        criteria = criteria.stream()
                .sorted(Comparator.comparing(Criterion::number, CriterionNumber.ORDER))
                .toList();
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
    }

    /** {@code LO1}, as the record sheet heads the outcome's columns. */
    public String label() {
        return "LO" + number;
    }
}
