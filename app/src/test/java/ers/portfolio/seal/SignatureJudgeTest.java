package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureJudgeTest {

    private final SignatureJudge judge = SignatureJudge.standard();

    private static Portfolio signedByAssessor() throws SigningRefused {
        return SignedSheets.SIGNING.sign(SignedSheets.unsigned(), SignedSheets.UNIT,
                SignedSheets.request(Role.ASSESSOR, "JANE SMITH", LocalDate.of(2026, 3, 14), null));
    }

    @Test
    void aLineNobodySignedIsAbsent() {
        Portfolio portfolio = SignedSheets.unsigned();
        assertEquals(SignatureState.ABSENT, judge.judge(portfolio, SignedSheets.only(portfolio), Role.ASSESSOR));
    }

    @Test
    void aSealedSignatureOnAnUnchangedSheetIsValid() throws Exception {
        Portfolio portfolio = signedByAssessor();
        assertEquals(SignatureState.VALID, judge.judge(portfolio, SignedSheets.only(portfolio), Role.ASSESSOR));
    }

    @Test
    void untickingACriterionVoidsTheSignature() throws Exception {
        Portfolio portfolio = signedByAssessor();
        PortfolioUnit unit = SignedSheets.only(portfolio);
        EvidenceRow first = unit.evidence().get(0);
        EvidenceRow unticked = new EvidenceRow(first.id(), first.reference(), first.title(), first.methods(),
                first.date(), first.location(), first.notes(), first.criteria().subList(1, first.criteria().size()));
        List<EvidenceRow> rows = new ArrayList<>(unit.evidence());
        rows.set(0, unticked);
        Portfolio changed = portfolio.withUnits(List.of(unit.withEvidence(rows)));
        assertEquals(SignatureState.VOID, judge.judge(changed, SignedSheets.only(changed), Role.ASSESSOR));
    }

    @Test
    void aSignatureWithoutASealNeverCountsAsValid() {
        Portfolio portfolio = SignedSheets.unsigned();
        PortfolioUnit unit = SignedSheets.only(portfolio);
        Portfolio unsealed = portfolio.withUnits(List.of(new PortfolioUnit(unit.spec(), unit.evidence(),
                List.of(SignedSheets.request(Role.CANDIDATE, "Aled Hughes", LocalDate.of(2026, 3, 1), null).unsealed()),
                List.of())));
        assertEquals(SignatureState.VOID, judge.judge(unsealed, SignedSheets.only(unsealed), Role.CANDIDATE));
    }
}
