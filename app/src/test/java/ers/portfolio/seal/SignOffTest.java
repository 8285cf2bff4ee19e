package ers.portfolio.seal;

import static ers.portfolio.seal.SignedSheets.SIGNING;
import static ers.portfolio.seal.SignedSheets.UNIT;
import static ers.portfolio.seal.SignedSheets.only;
import static ers.portfolio.seal.SignedSheets.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.HistoryEntry;
import ers.portfolio.People;
import ers.portfolio.Person;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The signing rules as the forms ask them: who may sign now, and where the sign-off stands. */
class SignOffTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    private static Portfolio withRows(Portfolio portfolio, List<EvidenceRow> rows) {
        return portfolio.withUnits(List.of(only(portfolio).withEvidence(rows)));
    }

    private static Portfolio uncovering(Portfolio portfolio, int criteria) {
        PortfolioUnit unit = only(portfolio);
        List<EvidenceRow> rows = new ArrayList<>(unit.evidence());
        EvidenceRow last = rows.get(rows.size() - 1);
        rows.set(rows.size() - 1, new EvidenceRow(last.id(), last.reference(), last.title(), last.methods(), last.date(),
                last.location(), last.notes(), last.criteria().subList(criteria, last.criteria().size())));
        return withRows(portfolio, rows);
    }

    private static SignRequest assessorWithReason(String reason) {
        return new SignRequest(Role.ASSESSOR, "JANE SMITH", DAY, SignedSheets.scribble(), null, reason, null);
    }

    @Test
    void aSheetWithNoEvidenceCannotBeSigned() {
        Portfolio empty = withRows(SignedSheets.unsigned(), List.of());
        SignOff signOff = SignOff.of(empty, only(empty));
        assertEquals(Optional.of("the sheet has no evidence yet, so there is nothing to sign"), signOff.whyNot(Role.ASSESSOR));
        assertTrue(signOff.whyNot(Role.CANDIDATE).isPresent());
        SigningRefused refused = assertThrows(SigningRefused.class,
                () -> SIGNING.sign(empty, UNIT, assessorWithReason("every criterion is still to be evidenced")));
        assertTrue(refused.getMessage().contains("no evidence"), refused.getMessage());
    }

    @Test
    void aReasonForUncoveredCriteriaIsASentence() throws Exception {
        Portfolio gaps = uncovering(SignedSheets.unsigned(), 2);
        for (String tooShort : List.of("", "ok", "see notes")) {
            SigningRefused refused = assertThrows(SigningRefused.class, () -> SIGNING.sign(gaps, UNIT, assessorWithReason(tooShort)));
            assertFalse(refused.uncovered().isEmpty(), tooShort);
        }
        Portfolio signed = SIGNING.sign(gaps, UNIT, assessorWithReason("covered by the RPL certificate"));
        assertEquals("Signed off with 2 criteria uncovered", SignOff.of(signed, only(signed)).summary());
    }

    @Test
    void theUnitListCountsUncoveredCriteriaInTheSingularForOne() throws Exception {
        Portfolio gap = uncovering(SignedSheets.unsigned(), 1);
        assertEquals("Not signed off", SignOff.of(gap, only(gap)).summary());
        Portfolio signed = SIGNING.sign(gap, UNIT, assessorWithReason("observed at work, write-up to follow"));
        assertEquals("Signed off with 1 criterion uncovered", SignOff.of(signed, only(signed)).summary());
        Portfolio whole = SignedSheets.signedByAll(null);
        assertEquals("Signed off", SignOff.of(whole, only(whole)).summary());
    }

    @Test
    void theVerifierCannotSignAVoidSheetAndIsToldWhy() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        Portfolio reopened = SIGNING.reopen(signed, UNIT, Role.ASSESSOR, "Jane Smith", "remap E1");
        PortfolioUnit unit = only(reopened);
        Portfolio changed = SIGNING.recordVoids(withRows(reopened, unit.evidence().subList(0, 2)));
        SignOff signOff = SignOff.of(changed, only(changed));
        assertEquals("Sign-off void: changed since signed", signOff.summary());
        Optional<String> why = signOff.whyNot(Role.INTERNAL_VERIFIER);
        assertTrue(why.orElseThrow().contains("after the candidate, whose signature is void"), why.toString());
        assertTrue(signOff.whyNot(Role.CANDIDATE).isEmpty(), "the candidate signs again");
    }

    @Test
    void aCountersignatureWaitsForWhatItCountersigns() {
        Portfolio p = SignedSheets.unsigned();
        assertEquals(Optional.of("the countersigning assessor signs after the assessor, whose signature is not there yet"),
                SignOff.of(p, only(p)).whyNot(Role.COUNTERSIGNING_ASSESSOR));
        assertTrue(SignOff.of(p, only(p)).whyNot(Role.COUNTERSIGNING_VERIFIER).orElseThrow().contains("needs no"));
    }

    @Test
    void aReopenedSheetSaysWhichSignaturesStandOnlyUntilTheNextChange() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        assertTrue(SignOff.of(signed, only(signed)).standingUntilChange().isEmpty(), "a locked sheet cannot change");
        Portfolio reopened = SIGNING.reopen(signed, UNIT, Role.ASSESSOR, "Jane Smith", "remap E1");
        assertEquals(Optional.of("Reopened: the signatures of the candidate (Aled Hughes), the assessor (JANE SMITH), "
                        + "the countersigning assessor (OMAR PATEL) and the internal verifier (Rhian Evans) stand only "
                        + "until the next change to this sheet."),
                SignOff.of(reopened, only(reopened)).standingUntilChange());
    }

    @Test
    void aTraineeAssessorsSheetNeedsTheCountersignatureAndAQualifiedOneDoesNot() {
        Portfolio trainee = SignedSheets.unsigned();
        assertEquals(List.of(Role.CANDIDATE, Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR, Role.INTERNAL_VERIFIER),
                SignOff.of(trainee, only(trainee)).needed());
        assertEquals(Optional.of("this sheet needs no countersigning verifier: the internal verifier is qualified"),
                SignOff.of(trainee, only(trainee)).whyNot(Role.COUNTERSIGNING_VERIFIER));
        Portfolio qualified = withPeople(trainee, new People(new Person("Jane Smith", true), null,
                new Person("Rhian Evans", false), new Person("Omar Patel", true)));
        SignOff signOff = SignOff.of(qualified, only(qualified));
        assertEquals(List.of(Role.CANDIDATE, Role.ASSESSOR, Role.INTERNAL_VERIFIER, Role.COUNTERSIGNING_VERIFIER),
                signOff.needed());
        assertEquals(Optional.of("this sheet needs no countersigning assessor: the assessor is qualified"),
                signOff.whyNot(Role.COUNTERSIGNING_ASSESSOR));
    }

    @Test
    void theVerifierOfATraineesSheetWaitsForTheCountersignature() throws Exception {
        Portfolio p = SIGNING.sign(SignedSheets.unsigned(), UNIT, request(Role.CANDIDATE, "Aled Hughes", DAY, null));
        p = SIGNING.sign(p, UNIT, request(Role.ASSESSOR, "JANE SMITH", DAY, null));
        assertEquals(Optional.of("the internal verifier signs after the countersigning assessor, whose signature is not there yet"),
                SignOff.of(p, only(p)).whyNot(Role.INTERNAL_VERIFIER));
        Portfolio q = withPeople(SignedSheets.unsigned(),
                new People(new Person("Jane Smith", true), null, new Person("Rhian Evans", true), null));
        q = SIGNING.sign(q, UNIT, request(Role.CANDIDATE, "Aled Hughes", DAY, null));
        q = SIGNING.sign(q, UNIT, request(Role.ASSESSOR, "JANE SMITH", DAY, null));
        assertEquals(Optional.empty(), SignOff.of(q, only(q)).whyNot(Role.INTERNAL_VERIFIER));
    }

    @Test
    void aValidSignatureIsSignedAgainOnlyAfterItBecomesVoidOrTheSheetIsReopened() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        SignOff locked = SignOff.of(signed, only(signed));
        assertEquals(Optional.of("the candidate line is already signed and still valid; it is signed again only after it becomes void"),
                locked.whyNot(Role.CANDIDATE));
        assertEquals(Optional.of("the assessor line is already signed and still valid; it is signed again only after it "
                + "becomes void or the sheet is reopened"), locked.whyNot(Role.ASSESSOR));
        Portfolio reopened = SIGNING.reopen(signed, UNIT, Role.ASSESSOR, "Jane Smith", "remap E1");
        SignOff open = SignOff.of(reopened, only(reopened));
        assertEquals(Optional.empty(), open.whyNot(Role.ASSESSOR), "the assessor signs a reopened sheet again");
        assertTrue(open.whyNot(Role.CANDIDATE).isPresent(), "the candidate's signature still stands");
    }

    @Test
    void aSheetStaysReopenedThroughItsVoidsUntilTheAssessorSignsAgain() throws Exception {
        assertFalse(SignOff.reopenedSinceAssessorSigned(only(SignedSheets.unsigned())));
        Portfolio signed = SignedSheets.signedByAll(null);
        assertFalse(SignOff.reopenedSinceAssessorSigned(only(signed)));
        Portfolio reopened = SIGNING.reopen(signed, UNIT, Role.ASSESSOR, "Jane Smith", "remap E1");
        Portfolio changed = SIGNING.recordVoids(withRows(reopened, only(reopened).evidence().subList(0, 2)));
        assertEquals(HistoryEntry.Action.VOIDED, only(changed).history().get(only(changed).history().size() - 1).action());
        assertTrue(SignOff.reopenedSinceAssessorSigned(only(changed)));
        Portfolio again = SIGNING.sign(changed, UNIT, assessorWithReason("E3 is to be split later"));
        assertFalse(SignOff.reopenedSinceAssessorSigned(only(again)));
    }

    @Test
    void aReasonOfThreeWordsWillDo() {
        assertEquals(Optional.empty(), SignOff.reasonProblem("  covered by RPL "));
        assertTrue(SignOff.reasonProblem("see notes").orElseThrow().contains("at least 3 words"));
        assertEquals(Optional.of("record why you sign without them"), SignOff.reasonProblem(null));
    }

    @Test
    void signaturesAreKeptInTheOrderTheSheetPrintsThemWhoeverSignsFirst() throws Exception {
        Portfolio p = SIGNING.sign(SignedSheets.unsigned(), UNIT, request(Role.ASSESSOR, "JANE SMITH", DAY, null));
        p = SIGNING.sign(p, UNIT, request(Role.CANDIDATE, "Aled Hughes", DAY, null));
        assertEquals(List.of(Role.CANDIDATE, Role.ASSESSOR), only(p).signatures().stream().map(s -> s.role()).toList());
    }

    private static Portfolio withPeople(Portfolio p, People people) {
        return new Portfolio(p.format(), p.formatVersion(), p.candidate(), p.centre(), p.qualification(), people,
                p.methods(), p.units());
    }
}
