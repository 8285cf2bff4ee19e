package ers.portfolio.seal;

import ers.portfolio.HistoryEntry;
import ers.portfolio.HistoryEntry.Action;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Signature;
import ers.portfolio.UkDates;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Whether a signature's own date agrees with the time its history entry was written. A paper
 * signature entered a day later is ordinary; a larger gap is something a verifier should ask
 * about, so it is said wherever signatures are checked (it does not make the signature void).
 */
public final class SigningDates {

    /** The sheet's dates are UK dates; the history's times are instants. */
    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final long TOLERATED_DAYS = 1;

    private SigningDates() {
    }

    /** What disagrees about {@code signature}'s date, or empty when its date and its history entry agree. */
    public static Optional<String> disagreement(PortfolioUnit unit, Signature signature) {
        if (signature.seal() == null || signature.date() == null) {
            return Optional.empty();
        }
        Optional<HistoryEntry> entry = entryOf(unit, signature);
        if (entry.isEmpty()) {
            return Optional.of("no history entry records this signature being given");
        }
        LocalDate recorded = entry.get().at().atZone(UK).toLocalDate();
        long days = ChronoUnit.DAYS.between(signature.date(), recorded);
        if (Math.abs(days) <= TOLERATED_DAYS) {
            return Optional.empty();
        }
        return Optional.of("dated " + UkDates.format(signature.date()) + " but recorded in the history on "
                + UkDates.format(recorded) + " (" + Math.abs(days) + " days " + (days > 0 ? "later" : "earlier") + ")");
    }

    /** The entry written when the signature was given: the one its seal's history count points at. */
    private static Optional<HistoryEntry> entryOf(PortfolioUnit unit, Signature signature) {
        int index = signature.seal().history();
        if (index < 0 || index >= unit.history().size()) {
            return Optional.empty();
        }
        HistoryEntry entry = unit.history().get(index);
        return entry.action() == Action.SIGNED && entry.role() == signature.role() ? Optional.of(entry) : Optional.empty();
    }
}
