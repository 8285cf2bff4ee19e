package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;

/**
 * One line of a unit's append-only history: a signature given, a sheet reopened, a signature voided.
 *
 * @param role   the line signed or voided; for a reopening, the role of who reopened
 * @param name   who signed, reopened, or whose signature was voided
 * @param detail the reason given, what the seal covers, or what changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(Instant at, Action action, Role role, String name, String detail) {

    /** What happened. */
    public enum Action {
        SIGNED("signed"), REOPENED("reopened"), VOIDED("voided"), SAMPLED("sampled");

        private final String key;

        Action(String key) {
            this.key = key;
        }

        @JsonValue
        public String key() {
            return key;
        }
    }
}
