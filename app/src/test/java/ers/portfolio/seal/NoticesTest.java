package ers.portfolio.seal;

import static ers.portfolio.seal.SignedSheets.SIGNING;
import static ers.portfolio.seal.SignedSheets.UNIT;
import static ers.portfolio.seal.SignedSheets.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.HistoryEntry;
import ers.portfolio.HistoryEntry.Action;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.edit.SetCriterion;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    @Test
    void undoSaysWhySigningStaysAndWhatUndoesIt() throws Exception {
        Portfolio unsigned = SignedSheets.unsigned();
        Portfolio candidate = SIGNING.sign(unsigned, UNIT,
                SignedSheets.request(Role.CANDIDATE, "Aled Hughes", LocalDate.of(2026, 3, 10), null));
        assertEquals(Optional.of("Signing as the candidate on unit F17 cannot be undone: a signature stays in the "
                + "sheet's history. A change to the sheet voids it."), Notices.undoStop(unsigned, candidate, "sign"));
        Portfolio assessor = SIGNING.sign(candidate, UNIT,
                SignedSheets.request(Role.ASSESSOR, "Jane Smith", LocalDate.of(2026, 3, 14), null));
        assertEquals(Optional.of("Signing as the assessor on unit F17 cannot be undone: a signature stays in the "
                + "sheet's history. Reopen the sheet (Signatures) to change it."), Notices.undoStop(candidate, assessor, "sign"));
    }

    @Test
    void undoSaysReopeningStaysUntilTheAssessorSignsAgain() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        Portfolio reopened = SIGNING.reopen(signed, UNIT, Role.ASSESSOR, "Jane Smith", "remap E1");
        assertEquals(Optional.of("Reopening the sheet for unit F17 cannot be undone: it stays in the sheet's history. "
                + "The assessor signing again locks the sheet again."), Notices.undoStop(signed, reopened, "reopen"));
    }

    @Test
    void undoNamesOnlyTheSignaturesAStepVoidedNotTheOnesGivenAfter() throws Exception {
        Portfolio before = SignedSheets.signedByAll(null);
        PortfolioUnit unit = only(before);
        List<HistoryEntry> history = new ArrayList<>(unit.history());
        Instant at = SignedSheets.CLOCK.instant();
        history.add(new HistoryEntry(at, Action.VOIDED, Role.CANDIDATE, "Aled Hughes", "evidence E1 changed"));
        history.add(new HistoryEntry(at, Action.SIGNED, Role.CANDIDATE, "Aled Hughes", "sealed 0123456789abcdef"));
        Portfolio after = before.withUnits(List.of(unit.withHistory(history)));
        assertEquals(Optional.of("\u201cuntick\u201d cannot be undone: it voided the candidate's signature on unit F17, "
                        + "and a voiding stays in the sheet's history. Sign the line again to replace it."),
                Notices.undoStop(before, after, "untick"));
    }
}
