package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.List;

/**
 * A verifier's sampling of a sheet: which evidence items and criteria they looked at, what they
 * concluded, and why. Kept beside the sheet's history, which records each one too.
 *
 * @param by       the internal verifier, or an external verifier (who signs no line of the sheet)
 * @param evidence ids of the evidence items sampled
 * @param criteria numbers of the criteria sampled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SamplingRecord(Instant at, Sampler by, String name, List<String> evidence, List<String> criteria,
                             Outcome outcome, String comment) {

    public SamplingRecord {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** Who sampled. */
    public enum Sampler {
        INTERNAL_VERIFIER("internalVerifier", "Internal verifier"),
        EXTERNAL_VERIFIER("externalVerifier", "External verifier");

        private final String key;
        private final String label;

        Sampler(String key, String label) {
            this.key = key;
            this.label = label;
        }

        @JsonValue
        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }

    /** What the verifier concluded. */
    public enum Outcome {
        AGREED("agreed", "Agreed"), NOT_AGREED("notAgreed", "Not agreed"), ACTION_NEEDED("actionNeeded", "Action needed");

        private final String key;
        private final String label;

        Outcome(String key, String label) {
            this.key = key;
            this.label = label;
        }

        @JsonValue
        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }
}
