package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureJudgeTest {

    private final SignatureJudge judge = SignatureJudge.standard();

    private static Portfolio signedBy(Portfolio portfolio, Signature unsealed) {
        PortfolioUnit unit = SheetFixtures.only(portfolio);
        Signature sealed = Sealing.seal(portfolio, unit, unsealed, null);
        List<Signature> signatures = new ArrayList<>(unit.signatures());
        signatures.add(sealed);
        return portfolio.withUnits(List.of(new PortfolioUnit(unit.spec(), unit.evidence(), signatures, unit.history())));
    }

    @Test
    void aLineNobodySignedIsAbsent() {
        Portfolio portfolio = SheetFixtures.portfolio();
        assertEquals(SignatureState.ABSENT, judge.judge(portfolio, SheetFixtures.only(portfolio), Role.ASSESSOR));
    }

    @Test
    void aSealedSignatureOnAnUnchangedSheetIsValid() {
        Portfolio portfolio = signedBy(SheetFixtures.portfolio(), SheetFixtures.drawn(Role.ASSESSOR, "JANE SMITH"));
        assertEquals(SignatureState.VALID, judge.judge(portfolio, SheetFixtures.only(portfolio), Role.ASSESSOR));
    }

    @Test
    void untickingACriterionVoidsTheSignature() {
        Portfolio portfolio = signedBy(SheetFixtures.portfolio(), SheetFixtures.drawn(Role.ASSESSOR, "JANE SMITH"));
        PortfolioUnit unit = SheetFixtures.only(portfolio);
        EvidenceRow first = unit.evidence().get(0);
        EvidenceRow unticked = new EvidenceRow(first.id(), first.reference(), first.title(), first.methods(),
                first.date(), first.location(), first.notes(), first.criteria().subList(1, first.criteria().size()));
        List<EvidenceRow> rows = new ArrayList<>(unit.evidence());
        rows.set(0, unticked);
        Portfolio changed = portfolio.withUnits(List.of(unit.withEvidence(rows)));
        assertEquals(SignatureState.VOID, judge.judge(changed, SheetFixtures.only(changed), Role.ASSESSOR));
    }

    @Test
    void aSignatureWithoutASealNeverCountsAsValid() {
        Portfolio portfolio = SheetFixtures.portfolio();
        PortfolioUnit unit = SheetFixtures.only(portfolio);
        Portfolio unsealed = portfolio.withUnits(List.of(new PortfolioUnit(unit.spec(), unit.evidence(),
                List.of(SheetFixtures.drawn(Role.CANDIDATE, "Aled Hughes")), List.of())));
        assertEquals(SignatureState.VOID, judge.judge(unsealed, SheetFixtures.only(unsealed), Role.CANDIDATE));
    }
}
