package ers.sheet;

import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import ers.portfolio.UkDates;
import ers.portfolio.seal.SealVerifier;
import ers.portfolio.seal.SealedHistory;
import ers.portfolio.seal.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a unit's "Sheet history" pages print: every sign, reopen and void in the order it
 * happened, and where each signature line stands now.
 */
public record SheetHistory(List<Event> events, List<Check> checks) {

    public SheetHistory {
        events = List.copyOf(events);
        checks = List.copyOf(checks);
    }

    /**
     * One entry of the history, worded for print; the time is UK local time. The detail starts
     * with {@link SealedHistory#NOT_SEALED} when no valid seal vouches for the entry.
     */
    public record Event(String when, String action, String role, String name, String detail) {
    }

    /** One signature line now: its state and, as the seal check words it, why. */
    public record Check(String role, String state, String name, String date, String remarks) {
    }

    /**
     * The state printed is the judge's, so these pages agree with the signature block; the seal
     * check's remarks (what changed, who key-signed) go with it when it reached the same state.
     */
    public static SheetHistory of(Portfolio portfolio, PortfolioUnit unit, SignatureJudge judge, SealVerifier seal) {
        SealedHistory sealed = SealedHistory.of(portfolio, unit, judge);
        List<Event> events = IntStream.range(0, unit.history().size())
                .mapToObj(i -> event(unit.history().get(i), sealed.detail(i, unit.history().get(i).detail()))).toList();
        List<Check> checks = Arrays.stream(Role.values()).map(role -> {
            SignatureState state = judge.judge(portfolio, unit, role);
            Verdict verdict = seal.verify(portfolio, unit, role);
            Verdict shown = verdict.state() == state ? verdict
                    : new Verdict(role, state == null ? SignatureState.ABSENT : state, verdict.signature(), List.of(),
                    null);
            boolean signed = shown.state() != SignatureState.ABSENT && shown.signature() != null;
            return new Check(role.label(), shown.stateWord(), signed ? orEmpty(shown.signature().name()) : "",
                    signed && shown.signature().date() != null ? UkDates.format(shown.signature().date()) : "",
                    signed ? shown.remarks() : "");
        }).toList();
        return new SheetHistory(events, checks);
    }

    private static Event event(HistoryEntry entry, String detail) {
        return new Event(UkDates.formatDateTime(entry.at()), entry.action().key(),
                entry.role() == null ? "" : entry.role().label(), orEmpty(entry.name()), detail);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
