package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A state is computed once per portfolio state, and an edit is always judged afresh. */
class VerdictCacheTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final VerdictCache cache = new VerdictCache((p, u, r) -> {
        computed.incrementAndGet();
        return SealVerifier.compute(p, u, r);
    });

    private static Portfolio signedByAssessor() throws SigningRefused {
        return SignedSheets.SIGNING.sign(SignedSheets.unsigned(), SignedSheets.UNIT,
                SignedSheets.request(Role.ASSESSOR, "JANE SMITH", LocalDate.of(2026, 3, 14), null));
    }

    /** What one click asks: the lock check, the panels and the unit list each ask for every line. */
    private void askAsAClickDoes(Portfolio portfolio) {
        for (int asked = 0; asked < 12; asked++) {
            for (Role role : Role.values()) {
                cache.judge(portfolio, SignedSheets.only(portfolio), role);
            }
        }
    }

    @Test
    void eachLineOfAUnitIsJudgedOncePerState() throws Exception {
        Portfolio portfolio = signedByAssessor();
        askAsAClickDoes(portfolio);
        askAsAClickDoes(portfolio);
        assertEquals(Role.values().length, computed.get());
    }

    @Test
    void anEditIsJudgedAfreshAndNeverToldTheStaleState() throws Exception {
        Portfolio portfolio = signedByAssessor();
        assertEquals(SignatureState.VALID, cache.judge(portfolio, SignedSheets.only(portfolio), Role.ASSESSOR));
        PortfolioUnit unit = SignedSheets.only(portfolio);
        EvidenceRow first = unit.evidence().get(0);
        List<EvidenceRow> rows = new ArrayList<>(unit.evidence());
        rows.set(0, new EvidenceRow(first.id(), first.reference(), first.title() + " (edited)", first.methods(),
                first.date(), first.location(), first.notes(), first.criteria()));
        Portfolio edited = portfolio.withUnits(List.of(unit.withEvidence(rows)));

        assertEquals(SignatureState.VOID, cache.judge(edited, SignedSheets.only(edited), Role.ASSESSOR));
        assertEquals(2, computed.get());
        // Undo brings back the earlier value, whose state is still the one it had.
        assertEquals(SignatureState.VALID, cache.judge(portfolio, SignedSheets.only(portfolio), Role.ASSESSOR));
        assertEquals(2, computed.get());
    }

    @Test
    void theApplicationsJudgeAnswersFromTheSharedCache() throws Exception {
        Portfolio portfolio = signedByAssessor();
        SignOff.of(portfolio, SignedSheets.only(portfolio)).summary();
        SealVerifier.state(portfolio, SignedSheets.only(portfolio), Role.ASSESSOR);
        long firstClick = VerdictCache.shared().computations();
        for (int asked = 0; asked < 12; asked++) {
            SignOff.of(portfolio, SignedSheets.only(portfolio)).summary();
            SealVerifier.state(portfolio, SignedSheets.only(portfolio), Role.ASSESSOR);
        }
        assertEquals(0, VerdictCache.shared().computations() - firstClick, "asked again, nothing is computed again");
    }
}
