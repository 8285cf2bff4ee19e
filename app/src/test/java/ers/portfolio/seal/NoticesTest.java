package ers.portfolio.seal;

import static ers.portfolio.seal.SignedSheets.SIGNING;
import static ers.portfolio.seal.SignedSheets.UNIT;
import static ers.portfolio.seal.SignedSheets.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.Role;
import ers.portfolio.edit.SetCriterion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Before an edit voids signatures, whose and why; after, why Undo stops there. */
class NoticesTest {

    @Test
    void anEditOnAReopenedSheetNamesEverySignatureItVoidsAndWhy() throws Exception {
        Portfolio reopened = SIGNING.reopen(SignedSheets.signedByAll(null), UNIT, Role.ASSESSOR, "Jane Smith", "remap E1");
        SetCriterion untick = new SetCriterion(UNIT, "r1", "1.1", false);
        Portfolio after = new LockedSheets(untick, SIGNING).applyTo(reopened);
        List<Notices.Voided> voided = Notices.voidedBy(reopened, after);
        assertEquals(List.of(Role.CANDIDATE, Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR, Role.INTERNAL_VERIFIER),
                voided.stream().map(Notices.Voided::role).toList());
        String question = Notices.voidQuestion(untick.description(), voided);
        assertTrue(question.contains("voids 4 valid signatures"), question);
        assertTrue(question.contains("unit F17, the candidate: Aled Hughes, signed 10/03/2026 \u2014 evidence E1 changed"), question);
        assertTrue(question.contains("the assessor: JANE SMITH, signed 14/03/2026"), question);
        assertTrue(Notices.undoStop(reopened, after, untick.description()).orElseThrow()
                .contains("it voided the candidate's signature, the assessor's signature"), "undo says what was voided");
    }

    @Test
    void anEditOfASheetWithoutValidSignaturesAsksNothing() throws Exception {
        Portfolio unsigned = SignedSheets.unsigned();
        Portfolio after = new LockedSheets(new SetCriterion(UNIT, "r1", "1.1", false), SIGNING).applyTo(unsigned);
        assertTrue(Notices.voidedBy(unsigned, after).isEmpty());
        assertTrue(Notices.undoStop(unsigned, after, "untick").isEmpty(), "an ordinary edit can be undone");
        assertEquals(0, only(after).history().size());
    }
}
