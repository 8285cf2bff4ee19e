package ers.portfolio.seal;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedList;
import java.util.Map;

/**
 * Each signature's state computed once per portfolio state. One click asks for the same unit's
 * states a dozen times (lock check, panels, unit list), and each answer digests the sheet and
 * may verify a CMS signature. A {@link Portfolio} and its units are immutable values and every
 * edit makes new ones, so the cache is keyed by their identity: an edited portfolio is a
 * different key and is judged afresh, and a stale state can never be told.
 */
public final class VerdictCache implements SignatureJudge {

    /** A few states at once: the one shown, the one before an edit, and one a background export reads. */
    private static final int STATES_KEPT = 4;

    private static final VerdictCache SHARED = new VerdictCache(SealVerifier::compute);

    private final SignatureJudge compute;
    /** Most recently asked first; a list, as a map would hash the whole portfolio. */
    private final LinkedList<State> states = new LinkedList<>();
    private long computations;

    /** @param compute what decides a state when it is not known yet */
    public VerdictCache(SignatureJudge compute) {
        this.compute = compute;
    }

    /** The cache the application's judge answers from. */
    public static VerdictCache shared() {
        return SHARED;
    }

    /**
     * Keyed by identity, not equality: two equal portfolios are both judged, which costs one more
     * computation, but equality would walk the whole portfolio on every question.
     */
    @Override
    public synchronized SignatureState judge(Portfolio portfolio, PortfolioUnit unit, Role role) {
        State state = states.stream().filter(s -> s.portfolio == portfolio).findFirst()
                .orElseGet(() -> new State(portfolio, new IdentityHashMap<>()));
        states.removeIf(s -> s == state);
        states.addFirst(state);
        if (states.size() > STATES_KEPT) {
            states.removeLast();
        }
        Map<Role, SignatureState> roles = state.units.computeIfAbsent(unit, u -> new EnumMap<>(Role.class));
        SignatureState known = roles.get(role);
        if (known == null) {
            known = compute.judge(portfolio, unit, role);
            computations++;
            roles.put(role, known);
        }
        return known;
    }

    /** How many states were computed rather than remembered, for the tests that count them. */
    public synchronized long computations() {
        return computations;
    }

    private record State(Portfolio portfolio, Map<PortfolioUnit, Map<Role, SignatureState>> units) {
    }
}
