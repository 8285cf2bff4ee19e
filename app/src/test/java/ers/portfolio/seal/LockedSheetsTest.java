package ers.portfolio.seal;

import static ers.portfolio.seal.SignedSheets.SIGNING;
import static ers.portfolio.seal.SignedSheets.UNIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.edit.EditRefused;
import ers.portfolio.HistoryEntry.Action;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.time.LocalDate;
import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.People;
import ers.portfolio.Person;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.EditDetails;
import ers.portfolio.edit.RemoveUnit;
import ers.portfolio.edit.SetCriterion;
import ers.portfolio.edit.SetMethodKey;
import ers.portfolio.AssessmentMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LockedSheetsTest {

    private static Edit untick(Portfolio p) {
        PortfolioUnit unit = SignedSheets.only(p);
        return new SetCriterion(UNIT, unit.evidence().get(0).id(), unit.evidence().get(0).criteria().get(0), false);
    }

    @Test
    void aLockedSheetRefusesAnEditAndSaysHowToReopenIt() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        EditRefused refused = assertThrows(EditRefused.class,
                () -> new LockedSheets(untick(signed), SIGNING).applyTo(signed));
        assertTrue(refused.getMessage().contains("unit F17 is locked") && refused.getMessage().contains("Reopen"),
                refused.getMessage());
    }

    @Test
    void renamingAMethodTheLockedSheetUsesIsRefusedToo() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        List<AssessmentMethod> key = new ArrayList<>(signed.methods());
        key.replaceAll(m -> m.code().equals("O") ? new AssessmentMethod("O", "Observed practice") : m);
        assertThrows(EditRefused.class, () -> new LockedSheets(new SetMethodKey(key), SIGNING).applyTo(signed));
    }

    @Test
    void anEditOnAReopenedSheetGoesThroughAndRecordsWhatItVoided() throws Exception {
        Portfolio reopened = SIGNING.reopen(SignedSheets.signedByAll(null), UNIT, Role.ASSESSOR, "Jane Smith", "remap");
        Portfolio after = new LockedSheets(untick(reopened), SIGNING).applyTo(reopened);
        List<Action> added = SignedSheets.only(after).history()
                .subList(SignedSheets.only(reopened).history().size(), SignedSheets.only(after).history().size())
                .stream().map(e -> e.action()).toList();
        assertEquals(List.of(Action.VOIDED, Action.VOIDED, Action.VOIDED, Action.VOIDED), added);
    }

    @Test
    void anEditThatChangesNothingSignedLeavesTheUnitAsItWas() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        Edit nothing = new Edit() {
            @Override
            public Portfolio applyTo(Portfolio p) throws EditRefused {
                return p.withUnits(p.units());
            }

            @Override
            public String description() {
                return "nothing";
            }
        };
        assertSame(SignedSheets.only(signed), SignedSheets.only(new LockedSheets(nothing, SIGNING).applyTo(signed)));
    }

    /** The portfolio-wide fields every sheet prints, each changed through the details dialog's edit. */
    static Stream<Arguments> detailsEveryLockedSheetPrints() {
        return Stream.of(
                Arguments.of("the candidate's name", (UnaryOperator<EditDetails>) d -> new EditDetails(
                        new Candidate("Aled Hughs", d.candidate().number()), d.centre(), d.qualification(), d.people())),
                Arguments.of("the candidate's number", (UnaryOperator<EditDetails>) d -> new EditDetails(
                        new Candidate(d.candidate().name(), "0043"), d.centre(), d.qualification(), d.people())),
                Arguments.of("the centre's name", (UnaryOperator<EditDetails>) d -> new EditDetails(
                        d.candidate(), new Centre("Northgate Sixth Form", d.centre().number()), d.qualification(), d.people())),
                Arguments.of("the centre's number", (UnaryOperator<EditDetails>) d -> new EditDetails(
                        d.candidate(), new Centre(d.centre().name(), "54321"), d.qualification(), d.people())),
                Arguments.of("the qualification", (UnaryOperator<EditDetails>) d -> new EditDetails(
                        d.candidate(), d.centre(), "OCR Level 2 NVQ in Team Leading", d.people())));
    }

    private static EditDetails detailsOf(Portfolio p) {
        return new EditDetails(p.candidate(), p.centre(), p.qualification(), p.people());
    }

    @ParameterizedTest(name = "changing {0}")
    @MethodSource("detailsEveryLockedSheetPrints")
    void aLockedSheetRefusesAChangeToWhatEverySheetPrints(String what, UnaryOperator<EditDetails> change)
            throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        EditRefused refused = assertThrows(EditRefused.class,
                () -> new LockedSheets(change.apply(detailsOf(signed)), SIGNING).applyTo(signed));
        assertTrue(refused.getMessage().contains("unit F17 is locked"), refused.getMessage());
    }

    @ParameterizedTest(name = "changing {0}")
    @MethodSource("detailsEveryLockedSheetPrints")
    void onAReopenedSheetTheSameChangeGoesThroughAndEveryVoidedSignatureIsRecorded(String what,
            UnaryOperator<EditDetails> change) throws Exception {
        Portfolio reopened = SIGNING.reopen(SignedSheets.signedByAll(null), UNIT, Role.ASSESSOR, "Jane Smith", "rename");
        Portfolio after = new LockedSheets(change.apply(detailsOf(reopened)), SIGNING).applyTo(reopened);
        PortfolioUnit before = SignedSheets.only(reopened);
        PortfolioUnit unit = SignedSheets.only(after);
        List<Role> voided = unit.history().subList(before.history().size(), unit.history().size()).stream()
                .filter(e -> e.action() == Action.VOIDED).map(e -> e.role()).toList();
        assertEquals(List.of(Role.CANDIDATE, Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR, Role.INTERNAL_VERIFIER), voided);
    }

    @Test
    void aChangeTheSealsDoNotCoverIsAllowedOnALockedSheet() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        People people = signed.people();
        EditDetails rename = new EditDetails(signed.candidate(), signed.centre(), signed.qualification(),
                new People(people.assessor(), people.countersigningAssessor(), people.internalVerifier(),
                        new Person("Margaret Ellison", true)));
        Portfolio after = new LockedSheets(rename, SIGNING).applyTo(signed);
        assertEquals(SignedSheets.only(signed).history(), SignedSheets.only(after).history(), "nothing voided");
    }

    @Test
    void removingALockedSheetsUnitIsRefused() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        EditRefused refused = assertThrows(EditRefused.class,
                () -> new LockedSheets(new RemoveUnit(UNIT), SIGNING).applyTo(signed));
        assertTrue(refused.getMessage().startsWith("the sheet for unit F17 is locked"), refused.getMessage());
    }

    @Test
    void anEditRecordsNoVoidOnAUnitItLeftAlone() throws Exception {
        Portfolio unsigned = SignedSheets.unsigned();
        Signature unsealed = new Signature(Role.CANDIDATE, "Aled Hughes", LocalDate.of(2026, 3, 10),
                SignedSheets.scribble(), null, null, null);
        PortfolioUnit voidUnrecorded = SignedSheets.only(unsigned).withSignatures(List.of(unsealed), List.of());
        UnitSpec b13 = UnitCatalog.bundledOnly().findByCodeOrId("B13").orElseThrow();
        Portfolio two = unsigned.withUnits(List.of(voidUnrecorded, PortfolioUnit.empty(b13)));

        Portfolio after = new LockedSheets(new RemoveUnit(b13.id()), SIGNING).applyTo(two);

        assertEquals(List.of(), SignedSheets.only(after).history());
    }

    @Test
    void theWrappedEditKeepsItsNameForUndo() {
        assertEquals("remove unit", new LockedSheets(new RemoveUnit(UNIT), SIGNING).description());
    }
}
