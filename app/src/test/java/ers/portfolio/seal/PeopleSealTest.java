package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.edit.EditRefused;
import ers.portfolio.People;
import ers.portfolio.Person;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Seal;
import ers.portfolio.SignatureState;
import ers.portfolio.edit.EditDetails;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The seal form ers-seal-2 covers the people whose qualification decides which lines a sheet needs. */
class PeopleSealTest {

    private static Portfolio signedByCandidateAndTraineeAssessor() throws SigningRefused {
        Portfolio p = SignedSheets.unsigned();
        p = SignedSheets.SIGNING.sign(p, SignedSheets.UNIT, SignedSheets.request(Role.CANDIDATE, "Aled Hughes",
                LocalDate.of(2026, 3, 18), null));
        return SignedSheets.SIGNING.sign(p, SignedSheets.UNIT, SignedSheets.request(Role.ASSESSOR, "JANE SMITH",
                LocalDate.of(2026, 3, 19), null));
    }

    private static EditDetails qualifyTheTrainee(Portfolio p) {
        People people = p.people();
        return new EditDetails(p.candidate(), p.centre(), p.qualification(), new People(new Person("Jane Smith", true),
                people.countersigningAssessor(), people.internalVerifier(), people.countersigningVerifier()));
    }

    @Test
    void newSignaturesAreSealedUnderTheSecondForm() throws Exception {
        PortfolioUnit unit = signedByCandidateAndTraineeAssessor().units().get(0);
        assertEquals(Seal.FORM_2, unit.signature(Role.ASSESSOR).orElseThrow().seal().form());
    }

    @Test
    void markingATraineeAssessorQualifiedAfterTheySignedVoidsTheirSignature() throws Exception {
        Portfolio signed = signedByCandidateAndTraineeAssessor();
        Portfolio after = qualifyTheTrainee(signed).applyTo(signed);
        Verdict assessor = new SealVerifier(null).verify(after, after.units().get(0), Role.ASSESSOR);
        assertEquals(SignatureState.VOID, assessor.state());
        assertEquals(java.util.List.of("the assessor's name, or whether they are qualified, changed"), assessor.reasons());
        assertEquals(SignatureState.VALID, SealVerifier.state(after, after.units().get(0), Role.CANDIDATE),
                "the candidate's declaration does not depend on who assesses");
    }

    @Test
    void aLockedSheetRefusesTheChange() throws Exception {
        Portfolio signed = signedByCandidateAndTraineeAssessor();
        LockedSheets edit = new LockedSheets(qualifyTheTrainee(signed), SignedSheets.SIGNING);
        assertTrue(assertThrows(EditRefused.class, () -> edit.applyTo(signed)).getMessage()
                .contains("is locked"));
    }
}
