package ers.ui;

import ers.portfolio.Portfolio;
import ers.portfolio.SpecDrift;
import ers.portfolio.edit.AdoptSpec;
import ers.portfolio.edit.Edit;
import ers.portfolio.seal.LockedSheets;
import ers.portfolio.seal.SheetSigning;
import ers.spec.UnitCatalog;
import ers.ui.evidence.MergeOffer;
import java.util.List;
import java.util.function.Predicate;

/** What a file just opened is offered once, each only if the user agrees: newer unit specifications, merged evidence. */
final class OpeningOffers {

    private OpeningOffers() {
    }

    /**
     * Tells the user about every unit whose specification the application now offers in another
     * version, and adopts it only if they choose to; keeping the portfolio's copy changes nothing.
     */
    static void newerSpecs(Portfolio opened, UnitCatalog catalog, DialogService dialogs, Predicate<Edit> apply) {
        for (SpecDrift drift : SpecDrift.between(opened, catalog)) {
            List<String> orphans = drift.orphanedMappings(opened);
            String question = drift.summary() + ".\n\n" + (orphans.isEmpty()
                    ? "Using the new specification is a change you can undo, unless the sheet is signed: it voids"
                            + " the signatures, and that cannot be undone."
                    : "The new specification cannot be used until these ticks are removed: "
                            + String.join("; ", orphans) + ".");
            if (dialogs.askAdoptNewSpec(drift.embedded().code(), question) && orphans.isEmpty()) {
                apply.test(new AdoptSpec(drift));
            }
        }
    }

    /**
     * Offers, on opening a format 1 file, to merge the items that are the same evidence typed again
     * on other sheets, naming every signature the merge would void; Cancel changes nothing.
     *
     * @param apply applies the merge without asking again about what it voids, which the offer named
     */
    static void merges(Portfolio opened, SheetSigning signing, DialogService dialogs, Predicate<Edit> apply) {
        MergeOffer.of(opened, edit -> new LockedSheets(edit, signing).applyTo(opened))
                .filter(offer -> dialogs.confirm(MergeOffer.TITLE, offer.question()))
                .ifPresent(offer -> apply.test(offer.merge()));
    }
}
