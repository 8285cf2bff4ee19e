package ers.portfolio.seal;

import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import java.util.List;
import java.util.Optional;

/**
 * Which entries of a unit's history a seal vouches for. A valid signature's seal covers the
 * entries there were when it was given, and its own "signed" entry is borne out by the signature
 * itself; anything else (an entry appended after the last signature, say) is only text in the
 * file, which anyone with the file could have written.
 */
public final class SealedHistory {

    /** How every report of a history marks an entry no valid seal covers. */
    public static final String NOT_SEALED = "not sealed: could have been written by anyone with the file";

    private final int covered;
    private final boolean[] ownEntry;

    private SealedHistory(int covered, boolean[] ownEntry) {
        this.covered = covered;
        this.ownEntry = ownEntry;
    }

    /** Judged by {@code judge}, so that the history agrees with the signature lines beside it. */
    public static SealedHistory of(Portfolio portfolio, PortfolioUnit unit, SignatureJudge judge) {
        List<HistoryEntry> history = unit.history();
        int covered = 0;
        boolean[] ownEntry = new boolean[history.size()];
        for (Role role : Role.values()) {
            Optional<Signature> signature = unit.signature(role);
            if (signature.isEmpty() || signature.get().seal() == null
                    || judge.judge(portfolio, unit, role) != SignatureState.VALID) {
                continue;
            }
            int count = signature.get().seal().history();
            covered = Math.max(covered, count);
            if (count < history.size() && isSigningOf(history.get(count), signature.get())) {
                ownEntry[count] = true;
            }
        }
        return new SealedHistory(Math.min(covered, history.size()), ownEntry);
    }

    /** Whether the entry at {@code index} of the unit's history is vouched for by a valid seal. */
    public boolean sealed(int index) {
        return index < covered || index < ownEntry.length && ownEntry[index];
    }

    /** The entry's detail as every report prints it: after {@link #NOT_SEALED} when no seal covers the entry. */
    public String detail(int index, String detail) {
        String text = detail == null ? "" : detail;
        if (sealed(index)) {
            return text;
        }
        return text.isEmpty() ? NOT_SEALED : NOT_SEALED + "; " + text;
    }

    private static boolean isSigningOf(HistoryEntry entry, Signature signature) {
        return entry.action() == HistoryEntry.Action.SIGNED && entry.role() == signature.role()
                && signature.name().equals(entry.name());
    }
}
