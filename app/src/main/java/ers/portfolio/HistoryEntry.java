package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * One line of a unit's append-only history: a signature given, a sheet reopened, a signature voided.
 *
 * @param action {@code signed}, {@code reopened}, {@code voided}
 * @param detail the reason given or what changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntry(Instant at, String action, Role role, String name, String detail) {
}
