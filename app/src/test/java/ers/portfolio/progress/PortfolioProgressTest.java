package ers.portfolio.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.People;
import ers.portfolio.Person;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.SignatureJudge;
import ers.portfolio.SignatureState;
import ers.portfolio.SmallPortfolio;
import ers.testing.Portfolios;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The figures the Overview and the achievement record print, checked against counts made by hand
 * from the bundled units (F17: 10 criteria, 4 credits, expired after 28 Feb 2015; B13: 27 and 10;
 * B14: 17 and 8). Signature states come from a judge that says what each test needs.
 */
class PortfolioProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    /** Every line the sheet needs judged as given, and ABSENT where not given. */
    private static SignatureJudge judge(Map<Role, SignatureState> states) {
        return (portfolio, unit, role) -> states.getOrDefault(role, SignatureState.ABSENT);
    }

    private static Map<Role, SignatureState> valid(Role... roles) {
        Map<Role, SignatureState> states = new EnumMap<>(Role.class);
        for (Role role : roles) {
            states.put(role, SignatureState.VALID);
        }
        return states;
    }

    private static Portfolio withPeople(Portfolio p, People people) {
        return new Portfolio(p.format(), p.formatVersion(), p.candidate(), p.centre(), p.qualification(), people,
                p.methods(), p.evidence(), p.units());
    }

    private static Signature signature(Role role, LocalDate date) {
        return new Signature(role, "Helen Whitworth", date, null, "Helen Whitworth", null, null);
    }

    @Test
    void aUnitCountsTheCriteriaItsRowsCoverAndListsEachWithItsReferencesInNumericOrder() {
        Portfolio small = Portfolios.small();
        UnitProgress b13 = UnitProgress.of(small, small.units().get(0), judge(Map.of()), TODAY);
        assertEquals(27, b13.criteriaCount());
        assertEquals(3, b13.covered(), "E1 covers 1.1 and 1.2, E2 covers 2.1");
        assertEquals(24, b13.gaps().size());
        assertEquals(new Gap("1.1", b13.criteria().get(0).text(), List.of("E1")), b13.criteria().get(0));
        assertEquals(List.of(), b13.criteria().get(2).references(), "1.3 is not covered");
        assertFalse(b13.criteria().get(2).covered());
        assertEquals("4.10", b13.criteria().get(26).criterion(), "4.10 comes after 4.9, not after 4.1");
        assertEquals(Coverage.IN_PROGRESS, b13.coverage());
        assertEquals("In progress", b13.statusWords());
        assertEquals(10, b13.credits());
    }

    @Test
    void aUnitWithoutEvidenceSaysSoAndOneWithEveryCriterionCoveredSaysAllCovered() {
        Portfolio small = Portfolios.small();
        UnitProgress b14 = UnitProgress.of(small, small.units().get(1), judge(Map.of()), TODAY);
        assertEquals(0, b14.covered());
        assertEquals(Coverage.NO_EVIDENCE, b14.coverage());
        assertEquals("No evidence", b14.statusWords());

        PortfolioUnit f17 = SmallPortfolio.create().units().get(0);
        EvidenceRow all = Portfolios.row("all", "E9", "Everything", List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3",
                "3.1", "3.2", "3.3", "3.4"));
        PortfolioUnit covered = f17.withEvidence(List.of(all));
        UnitProgress progress = UnitProgress.of(SmallPortfolio.create(), covered, judge(Map.of()), TODAY);
        assertEquals(Coverage.ALL_COVERED, progress.coverage());
        assertEquals("All covered", progress.statusWords());

        PortfolioUnit oneShort = f17.withEvidence(List.of(Portfolios.row("most", "E9", "Nearly", List.of("1.1", "1.2",
                "1.3", "2.1", "2.2", "2.3", "3.1", "3.2", "3.3"))));
        assertEquals(Coverage.IN_PROGRESS, UnitProgress.of(SmallPortfolio.create(), oneShort, judge(Map.of()), TODAY)
                .coverage(), "nine of ten is still in progress");
    }

    @Test
    void signedOffNeedsTheCandidateAndTheAssessorButNotTheInternalVerifier() {
        Portfolio small = Portfolios.small();
        PortfolioUnit b13 = small.units().get(0);
        UnitProgress signed = UnitProgress.of(small, b13, judge(valid(Role.CANDIDATE, Role.ASSESSOR)), TODAY);
        assertTrue(signed.signedOff());
        assertEquals("Signed off with 24 criteria uncovered", signed.statusWords());
        assertFalse(UnitProgress.of(small, b13, judge(valid(Role.CANDIDATE)), TODAY).signedOff());
        assertFalse(UnitProgress.of(small, b13, judge(valid(Role.ASSESSOR)), TODAY).signedOff());
        Map<Role, SignatureState> voided = valid(Role.CANDIDATE);
        voided.put(Role.ASSESSOR, SignatureState.VOID);
        assertFalse(UnitProgress.of(small, b13, judge(voided), TODAY).signedOff(), "a void signature does not stand");
        assertEquals("In progress", UnitProgress.of(small, b13, judge(voided), TODAY).statusWords());
    }

    @Test
    void aTraineeAssessorsSignOffWaitsForTheCountersignature() {
        Portfolio trainee = withPeople(Portfolios.small(), new People(new Person("Ravi Chandra", false),
                new Person("Helen Whitworth", true), null, null));
        PortfolioUnit b13 = trainee.units().get(0);
        UnitProgress waiting = UnitProgress.of(trainee, b13, judge(valid(Role.CANDIDATE, Role.ASSESSOR)), TODAY);
        assertTrue(waiting.lines().containsKey(Role.COUNTERSIGNING_ASSESSOR), "the sheet asks for the countersignature");
        assertFalse(waiting.signedOff());
        assertTrue(UnitProgress.of(trainee, b13, judge(valid(Role.CANDIDATE, Role.ASSESSOR,
                Role.COUNTERSIGNING_ASSESSOR)), TODAY).signedOff());

        UnitProgress qualified = UnitProgress.of(Portfolios.small(), b13, judge(Map.of()), TODAY);
        assertFalse(qualified.lines().containsKey(Role.COUNTERSIGNING_ASSESSOR), "no countersignature for a qualified assessor");
        assertEquals(List.of(Role.CANDIDATE, Role.ASSESSOR, Role.INTERNAL_VERIFIER),
                List.copyOf(qualified.lines().keySet()), "the lines in the order the sheet prints them");
    }

    @Test
    void theAssessorsDateShowsOnlyWhileTheSignatureStands() {
        Portfolio small = Portfolios.small();
        LocalDate signedOn = LocalDate.of(2026, 11, 20);
        PortfolioUnit b13 = small.units().get(0).withSignatures(List.of(signature(Role.ASSESSOR, signedOn)), List.of());
        assertEquals(Optional.of(signedOn), UnitProgress.of(small, b13, judge(valid(Role.ASSESSOR)), TODAY).assessorSigned());
        Map<Role, SignatureState> voided = new EnumMap<>(Map.of(Role.ASSESSOR, SignatureState.VOID));
        assertEquals(Optional.empty(), UnitProgress.of(small, b13, judge(voided), TODAY).assessorSigned(),
                "a void signature's date is not shown as the sign-off");
        assertEquals(Optional.empty(), UnitProgress.of(small, b13, judge(valid(Role.ASSESSOR)), TODAY)
                .standing(Role.CANDIDATE), "a line with no signature has none standing");
    }

    @Test
    void aUnitPastItsExpiryDateIsMarkedExpiredFromTheDayAfter() {
        Portfolio p = SmallPortfolio.create();
        PortfolioUnit f17 = p.units().get(0);
        assertFalse(UnitProgress.of(p, f17, judge(Map.of()), LocalDate.of(2015, 2, 28)).expired());
        assertTrue(UnitProgress.of(p, f17, judge(Map.of()), LocalDate.of(2015, 3, 1)).expired());
        assertFalse(UnitProgress.of(Portfolios.small(), Portfolios.small().units().get(0), judge(Map.of()), TODAY)
                .expired(), "B13 has no expiry date");
    }

    @Test
    void thePortfolioTotalsAddUpItsUnitsAndCountOnlySignedOffCredits() {
        Portfolio small = Portfolios.small();
        SignatureJudge b13Only = (portfolio, unit, role) -> unit.spec().id().equals("ocr-b13")
                && (role == Role.CANDIDATE || role == Role.ASSESSOR) ? SignatureState.VALID : SignatureState.ABSENT;
        PortfolioProgress progress = PortfolioProgress.of(small, b13Only, TODAY);
        assertEquals(2, progress.units().size());
        assertEquals(27 + 17, progress.criteria());
        assertEquals(3, progress.covered());
        assertEquals(10 + 8, progress.credits());
        assertEquals(10, progress.signedOffCredits(), "only B13 is signed off");
        assertEquals(1, progress.signedOffUnits());
        PortfolioProgress none = PortfolioProgress.of(small, judge(Map.of()), TODAY);
        assertEquals(0, none.signedOffCredits());
        assertEquals(0, none.signedOffUnits());
    }

    @Test
    void thePeopleAreNamedWithTheirRolesAndTraineesMarked() {
        Portfolio p = withPeople(Portfolios.small(), new People(new Person("Ravi Chandra", false),
                new Person("Helen Whitworth", true), null, new Person("Margaret Ellison", true)));
        assertEquals(List.of("Assessor: Ravi Chandra (trainee)", "Countersigning assessor: Helen Whitworth",
                "Countersigning verifier: Margaret Ellison"), PortfolioProgress.of(p, judge(Map.of()), TODAY).people());
        Portfolio iv = withPeople(Portfolios.small(), new People(null, null, new Person("Daniel Okafor", false), null));
        assertEquals(List.of("Internal verifier: Daniel Okafor (trainee)"),
                PortfolioProgress.of(iv, judge(Map.of()), TODAY).people());
    }
}
