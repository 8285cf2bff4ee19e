package ers.portfolio.seal;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureState;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.EditRefused;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Wraps an editor's edit so that it keeps to the signing rules: it may not change a locked sheet
 * (one the assessor signed and nobody reopened) in any way that would void the assessor's
 * signature, nor remove it; and any signature the edit voids is recorded in its unit's history.
 */
public final class LockedSheets implements Edit {

    private final Edit edit;
    private final SheetSigning signing;

    public LockedSheets(Edit edit, SheetSigning signing) {
        this.edit = edit;
        this.signing = signing;
    }

    @Override
    public Portfolio applyTo(Portfolio before) throws EditRefused {
        Portfolio after = edit.applyTo(before);
        // Whatever the whole portfolio holds besides its units (candidate, centre, qualification,
        // method key, and any field the format gains) may be printed on every sheet: a change to it
        // puts every locked sheet to the test, and the seals decide whether it voids them.
        boolean everySheet = !before.withUnits(List.of()).equals(after.withUnits(List.of()));
        // An edit rebuilds only the units it changes; the others are the same objects and need no check.
        Predicate<PortfolioUnit> touched = unit -> everySheet || before.unit(unit.spec().id()).orElse(null) != unit;
        for (PortfolioUnit unit : before.units()) {
            Optional<PortfolioUnit> changed = after.unit(unit.spec().id());
            if (changed.isPresent() && !touched.test(changed.get()) || !SheetSigning.isLocked(before, unit)) {
                continue;
            }
            if (changed.isEmpty() || SealVerifier.state(after, changed.get(), Role.ASSESSOR) != SignatureState.VALID) {
                throw new EditRefused("the sheet for unit " + unit.spec().code()
                        + " is locked: the assessor has signed it. Reopen it (Signatures, Reopen sheet) to change it.");
            }
        }
        return signing.recordVoids(after, touched);
    }

    @Override
    public String description() {
        return edit.description();
    }
}
