package ers.sampling;

import ers.portfolio.Role;
import java.time.Instant;
import java.util.List;

/**
 * A verifier's sample of one sheet: which evidence and criteria they looked at, what they found
 * and what they said. An internal verifier samples for the centre; an external verifier's note is
 * kept the same way under their own role and signs nothing.
 *
 * @param evidence the evidence row ids sampled
 * @param criteria the criterion numbers sampled
 */
public record Sample(Instant at, Role by, String name, List<String> evidence, List<String> criteria,
                     Outcome outcome, String comment) {

    public Sample {
        evidence = List.copyOf(evidence);
        criteria = List.copyOf(criteria);
    }

    /** What the verifier found. */
    public enum Outcome {
        AGREED("agreed"), NOT_AGREED("not agreed"), ACTION_NEEDED("action needed");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
