package ers.portfolio.seal;

import static ers.portfolio.seal.SignedSheets.SIGNING;
import static ers.portfolio.seal.SignedSheets.UNIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.HistoryEntry.Action;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.SetCriterion;
import ers.portfolio.edit.SetMethodKey;
import ers.portfolio.AssessmentMethod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockedSheetsTest {

    private static Edit untick(Portfolio p) {
        PortfolioUnit unit = SignedSheets.only(p);
        return new SetCriterion(UNIT, unit.evidence().get(0).id(), unit.evidence().get(0).criteria().get(0), false);
    }

    @Test
    void aLockedSheetRefusesAnEditAndSaysHowToReopenIt() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new LockedSheets(untick(signed), SIGNING).applyTo(signed));
        assertTrue(refused.getMessage().contains("unit F17 is locked") && refused.getMessage().contains("Reopen"),
                refused.getMessage());
    }

    @Test
    void renamingAMethodTheLockedSheetUsesIsRefusedToo() throws Exception {
        Portfolio signed = SignedSheets.signedByAll(null);
        List<AssessmentMethod> key = new ArrayList<>(signed.methods());
        key.replaceAll(m -> m.code().equals("O") ? new AssessmentMethod("O", "Observed practice") : m);
        assertThrows(IllegalArgumentException.class, () -> new LockedSheets(new SetMethodKey(key), SIGNING).applyTo(signed));
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
            public Portfolio applyTo(Portfolio p) {
                return p.withUnits(p.units());
            }

            @Override
            public String description() {
                return "nothing";
            }
        };
        assertSame(SignedSheets.only(signed), SignedSheets.only(new LockedSheets(nothing, SIGNING).applyTo(signed)));
    }
}
