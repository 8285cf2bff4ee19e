package ers.portfolio.seal;

import static ers.portfolio.seal.SignedSheets.SIGNING;
import static ers.portfolio.seal.SignedSheets.UNIT;
import static ers.portfolio.seal.SignedSheets.only;
import static ers.portfolio.seal.SignedSheets.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Drawing;
import ers.portfolio.EvidenceRow;
import ers.portfolio.HistoryEntry;
import ers.portfolio.HistoryEntry.Action;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.SignatureState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetSigningTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    private static Portfolio withRowCriteria(Portfolio portfolio, int row, List<String> criteria) {
        PortfolioUnit unit = only(portfolio);
        EvidenceRow r = unit.evidence().get(row);
        List<EvidenceRow> rows = new ArrayList<>(unit.evidence());
        rows.set(row, new EvidenceRow(r.id(), r.reference(), r.title(), r.methods(), r.date(), r.location(),
                r.notes(), criteria));
        return portfolio.withUnits(List.of(unit.withEvidence(rows)));
    }

    private static List<Action> actions(Portfolio portfolio) {
        return only(portfolio).history().stream().map(HistoryEntry::action).toList();
    }

    @Test
    void theAssessorCannotSignWithCriteriaUncoveredAndIsToldWhich() {
        Portfolio gaps = withRowCriteria(SignedSheets.unsigned(), 0, List.of("1.1", "2.1"));
        SigningRefused refused = assertThrows(SigningRefused.class,
                () -> SIGNING.sign(gaps, UNIT, request(Role.ASSESSOR, "JANE SMITH", DAY, null)));
        assertEquals(List.of("1.2", "1.3"), refused.uncovered());
        assertTrue(refused.getMessage().contains("1.2, 1.3"), refused.getMessage());
    }

    @Test
    void theAssessorMaySignWithCriteriaUncoveredWhenTheyRecordWhy() throws Exception {
        Portfolio gaps = withRowCriteria(SignedSheets.unsigned(), 0, List.of("1.1", "2.1"));
        Portfolio signed = SIGNING.sign(gaps, UNIT, new SignRequest(Role.ASSESSOR, "JANE SMITH", DAY,
                SignedSheets.scribble(), null, "1.2 and 1.3 covered by RPL certificate held at centre", null));
        assertEquals(SignatureState.VALID, SealVerifier.state(signed, only(signed), Role.ASSESSOR));
        String detail = only(signed).history().get(0).detail();
        assertTrue(detail.contains("criteria uncovered: 1.2, 1.3") && detail.contains("RPL certificate"), detail);
    }

    @Test
    void aSignatureIsNeverDatedInTheFuture() {
        LocalDate tomorrow = LocalDate.now(SignedSheets.CLOCK).plusDays(1);
        assertThrows(SigningRefused.class,
                () -> SIGNING.sign(SignedSheets.unsigned(), UNIT, request(Role.CANDIDATE, "Aled Hughes", tomorrow, null)));
    }

    @Test
    void aSignatureNeedsAMark() {
        SignRequest nothing = new SignRequest(Role.CANDIDATE, "Aled Hughes", DAY, null, "  ", null, null);
        assertThrows(SigningRefused.class, () -> SIGNING.sign(SignedSheets.unsigned(), UNIT, nothing));
    }

    @Test
    void theVerifierSignsOnlyAfterTheAssessment() throws Exception {
        Portfolio candidateOnly = SIGNING.sign(SignedSheets.unsigned(), UNIT, request(Role.CANDIDATE, "Aled Hughes", DAY, null));
        SigningRefused refused = assertThrows(SigningRefused.class, () -> SIGNING.sign(candidateOnly, UNIT,
                request(Role.INTERNAL_VERIFIER, "Rhian Evans", DAY, null)));
        assertTrue(refused.getMessage().contains("after the assessor"), refused.getMessage());
    }

    @Test
    void theAssessorsSignatureLocksTheSheetUntilReopenedWithAReason() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        assertTrue(SheetSigning.isLocked(signed, only(signed)));
        assertThrows(SigningRefused.class, () -> SIGNING.reopen(signed, UNIT, Role.ASSESSOR, "Jane Smith", " "));
        Portfolio reopened = SIGNING.reopen(signed, UNIT, Role.ASSESSOR, "Jane Smith", "E1 mapped to 1.3 by mistake");
        assertFalse(SheetSigning.isLocked(reopened, only(reopened)));
        HistoryEntry last = only(reopened).history().get(only(reopened).history().size() - 1);
        assertEquals(Action.REOPENED, last.action());
        assertEquals("E1 mapped to 1.3 by mistake", last.detail());
        assertEquals(SignatureState.VALID, SealVerifier.state(reopened, only(reopened), Role.ASSESSOR),
                "reopening alone changes nothing a signature vouches for");
    }

    @Test
    void changesAfterReopeningVoidTheSignaturesOnceEachAndTheHistoryOnlyGrows() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        Portfolio reopened = SIGNING.reopen(signed, UNIT, Role.ASSESSOR, "Jane Smith", "remap E1");
        List<HistoryEntry> before = only(reopened).history();
        Portfolio edited = withRowCriteria(reopened, 0, List.of("1.1", "1.2"));
        Portfolio recorded = SIGNING.recordVoids(SIGNING.recordVoids(edited));
        List<HistoryEntry> after = only(recorded).history();
        assertEquals(before, after.subList(0, before.size()), "earlier entries are kept as they were");
        List<HistoryEntry> voids = after.subList(before.size(), after.size());
        assertEquals(List.of(Role.CANDIDATE, Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR, Role.INTERNAL_VERIFIER),
                voids.stream().map(HistoryEntry::role).toList());
        assertTrue(voids.stream().allMatch(v -> v.action() == Action.VOIDED && v.detail().contains("evidence E1 changed")),
                voids.toString());
    }

    @Test
    void aVoidSignatureIsReplacedBySigningAgainAndTheSheetLocksAgain() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        Portfolio reopened = SIGNING.reopen(signed, UNIT, Role.ASSESSOR, "Jane Smith", "remap E1");
        Portfolio edited = SIGNING.recordVoids(withRowCriteria(reopened, 0, List.of("1.1", "1.2", "1.3", "2.1", "2.2")));
        Portfolio resigned = SIGNING.sign(edited, UNIT, request(Role.ASSESSOR, "JANE SMITH", DAY.plusDays(6), null));
        assertEquals(SignatureState.VALID, SealVerifier.state(resigned, only(resigned), Role.ASSESSOR));
        assertEquals(1, only(resigned).signatures().stream().filter(s -> s.role() == Role.ASSESSOR).count());
        assertTrue(SheetSigning.isLocked(resigned, only(resigned)));
        assertEquals(Action.SIGNED, actions(resigned).get(actions(resigned).size() - 1));
    }

    @Test
    void removingHistoryBeforeASignatureVoidsIt() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        PortfolioUnit unit = only(signed);
        Portfolio cut = signed.withUnits(List.of(new PortfolioUnit(unit.spec(), unit.evidence(), unit.signatures(),
                unit.history().subList(0, 1))));
        Verdict verifier = new SealVerifier(null).verify(cut, only(cut), Role.INTERNAL_VERIFIER);
        assertEquals(SignatureState.VOID, verifier.state());
        assertTrue(verifier.reasons().get(0).contains("history before it was given were removed"), verifier.reasons().toString());
        assertEquals(SignatureState.VALID, SealVerifier.state(cut, only(cut), Role.ASSESSOR),
                "the assessor's seal covers only the candidate's entry, which is still there");
    }

    @Test
    void aValidSignatureIsNotSignedOver() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        assertThrows(SigningRefused.class,
                () -> SIGNING.sign(signed, UNIT, request(Role.CANDIDATE, "Aled Hughes", DAY, null)));
    }

    @Test
    void aDrawingOfEmptyStrokesIsNoMark() {
        SignRequest blankPad = new SignRequest(Role.CANDIDATE, "Aled Hughes", DAY,
                new Drawing(300, 100, List.of(List.of(), List.of())), null, null, null);
        assertEquals("draw a signature on the pad, or type it", assertThrows(SigningRefused.class,
                () -> SIGNING.sign(SignedSheets.unsigned(), UNIT, blankPad)).getMessage());
    }

    @Test
    void signingAUnitThePortfolioLacksIsRefusedNamingIt() {
        assertEquals("the portfolio has no unit ocr-b13", assertThrows(SigningRefused.class,
                () -> SIGNING.sign(SignedSheets.unsigned(), "ocr-b13", request(Role.CANDIDATE, "Aled Hughes", DAY, null)))
                .getMessage());
    }

    @Test
    void aSignatureThatWasNeverSealedIsRecordedVoidOnce() {
        Portfolio unsigned = SignedSheets.unsigned();
        Signature unsealed = new Signature(Role.CANDIDATE, "Aled Hughes", DAY, SignedSheets.scribble(), null, null, null);
        Portfolio handMade = unsigned.withUnits(List.of(only(unsigned).withSignatures(List.of(unsealed), List.of())));

        Portfolio recorded = SIGNING.recordVoids(handMade);

        List<HistoryEntry> history = only(recorded).history();
        assertEquals(1, history.size());
        assertEquals(Action.VOIDED, history.get(0).action());
        assertEquals(Role.CANDIDATE, history.get(0).role());
        assertEquals("it was never sealed, so nothing shows what it vouched for", history.get(0).detail());
        assertEquals(history, only(SIGNING.recordVoids(recorded)).history());
    }
}
