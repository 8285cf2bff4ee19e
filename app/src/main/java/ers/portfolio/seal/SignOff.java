package ers.portfolio.seal;

import ers.portfolio.HistoryEntry;
import ers.portfolio.HistoryEntry.Action;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import ers.text.Plural;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Optional;

/**
 * Where one sheet's signing stands, asked once and answered for every view: which lines the
 * sheet needs, who may sign now (and, when not, why in words), whether it is locked, and its
 * sign-off as the unit list says it. The states come from {@link SignatureJudge#standard()}.
 */
public final class SignOff {

    /** A reason for signing with criteria uncovered is a sentence, not a word or two. */
    public static final int REASON_WORDS = 3;

    private final Portfolio portfolio;
    private final PortfolioUnit unit;
    private final Map<Role, SignatureState> states = new EnumMap<>(Role.class);

    private SignOff(Portfolio portfolio, PortfolioUnit unit) {
        this.portfolio = portfolio;
        this.unit = unit;
    }

    public static SignOff of(Portfolio portfolio, PortfolioUnit unit) {
        return new SignOff(portfolio, unit);
    }

    /** Each line is judged when first asked about: the unit list asks only about the assessor. */
    public SignatureState state(Role role) {
        return states.computeIfAbsent(role, r -> SignatureJudge.standard().judge(portfolio, unit, r));
    }

    /** A countersignature is asked for only when the person countersigned is a trainee. */
    public static boolean isNeeded(Portfolio portfolio, Role role) {
        return switch (role) {
            case COUNTERSIGNING_ASSESSOR -> portfolio.people().needsAssessorCountersignature();
            case COUNTERSIGNING_VERIFIER -> portfolio.people().needsVerifierCountersignature();
            default -> true;
        };
    }

    /** The lines this sheet needs signed, in the order the sheet prints them. */
    public List<Role> needed() {
        return List.of(Role.values()).stream().filter(r -> isNeeded(portfolio, r)).toList();
    }

    /** Locked while the assessor's signature stands and nobody reopened the sheet since. */
    public boolean locked() {
        return state(Role.ASSESSOR) == SignatureState.VALID && !reopenedSinceAssessorSigned(unit);
    }

    /** Why {@code role} cannot sign this sheet now, in words for the signer; empty when they may. */
    public Optional<String> whyNot(Role role) {
        if (!isNeeded(portfolio, role)) {
            return Optional.of("this sheet needs no " + role.inSentence() + ": the "
                    + (role == Role.COUNTERSIGNING_ASSESSOR ? "assessor" : "internal verifier") + " is qualified");
        }
        if ((role == Role.CANDIDATE || role == Role.ASSESSOR) && unit.evidence().isEmpty()) {
            return Optional.of("the sheet has no evidence yet, so there is nothing to sign");
        }
        boolean reopenedForTheAssessor = role == Role.ASSESSOR && !locked();
        if (state(role) == SignatureState.VALID && !reopenedForTheAssessor) {
            return Optional.of("the " + role.inSentence() + " line is already signed and still valid; "
                    + "it is signed again only after it becomes void" + (role == Role.ASSESSOR ? " or the sheet is reopened" : ""));
        }
        for (Role needed : prerequisites(role)) {
            SignatureState state = state(needed);
            if (state != SignatureState.VALID) {
                return Optional.of("the " + role.inSentence() + " signs after the " + needed.inSentence() + ", whose "
                        + (state == SignatureState.VOID ? "signature is void: the sheet changed after it was signed"
                                : "signature is not there yet"));
            }
        }
        return Optional.empty();
    }

    /** Who must have signed first: a countersignature needs what it counters, a verifier a complete assessment. */
    private List<Role> prerequisites(Role role) {
        return switch (role) {
            case CANDIDATE, ASSESSOR -> List.of();
            case COUNTERSIGNING_ASSESSOR -> List.of(Role.ASSESSOR);
            case INTERNAL_VERIFIER -> portfolio.people().needsAssessorCountersignature()
                    ? List.of(Role.CANDIDATE, Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR)
                    : List.of(Role.CANDIDATE, Role.ASSESSOR);
            case COUNTERSIGNING_VERIFIER -> List.of(Role.INTERNAL_VERIFIER);
        };
    }

    /** The sign-off as the unit list gives it: {@code Signed off with 3 criteria uncovered}. */
    public String summary() {
        return switch (state(Role.ASSESSOR)) {
            case VALID -> {
                int uncovered = unit.uncovered().size();
                String signed = uncovered == 0 ? "Signed off" : "Signed off with " + uncovered
                        + (uncovered == 1 ? " criterion" : " criteria") + " uncovered";
                yield locked() ? signed : signed + " (reopened)";
            }
            case VOID -> "Sign-off void: changed since signed";
            case ABSENT -> "Not signed off";
            case MISSING -> "Sign-off MISSING: removed from the file";
        };
    }

    /**
     * On a sheet open to change, which signatures still stand but will not survive the next change
     * to it; empty when the sheet is locked or nothing stands.
     */
    public Optional<String> standingUntilChange() {
        if (locked()) {
            return Optional.empty();
        }
        List<String> standing = new ArrayList<>();
        for (Role role : Role.values()) {
            if (state(role) == SignatureState.VALID) {
                standing.add("the " + role.inSentence() + " (" + unit.signature(role).orElseThrow().name() + ")");
            }
        }
        if (standing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((reopenedSinceAssessorSigned(unit) ? "Reopened: " : "") + "the signature"
                + (standing.size() == 1 ? " of " : "s of ") + Plural.inList(standing)
                + (standing.size() == 1 ? " stands" : " stand") + " only until the next change to this sheet.");
    }

    /** What is wrong with a reason for signing with criteria uncovered; empty when it will do. */
    public static Optional<String> reasonProblem(String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            return Optional.of("record why you sign without them");
        }
        if (text.split("\\s+").length < REASON_WORDS) {
            return Optional.of("say why in a sentence (at least " + REASON_WORDS + " words), so that a verifier "
                    + "reading the history understands it");
        }
        return Optional.empty();
    }

    static boolean reopenedSinceAssessorSigned(PortfolioUnit unit) {
        for (ListIterator<HistoryEntry> it = unit.history().listIterator(unit.history().size()); it.hasPrevious(); ) {
            HistoryEntry entry = it.previous();
            if (entry.action() == Action.REOPENED) {
                return true;
            }
            if (entry.action() == Action.SIGNED && entry.role() == Role.ASSESSOR) {
                return false;
            }
        }
        return false;
    }
}
