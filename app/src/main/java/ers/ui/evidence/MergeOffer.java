package ers.ui.evidence;

import ers.portfolio.EvidenceItem;
import ers.portfolio.Portfolio;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.MergeGroups;
import ers.portfolio.edit.SameEvidence;
import ers.portfolio.seal.Notices;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the editor offers on opening a format 1 file whose sheets typed the same evidence more
 * than once: the merge, and the question that lists the copies and names every signature it voids.
 */
public record MergeOffer(MergeGroups merge, String question) {

    public static final String TITLE = "Merge evidence typed on several sheets?";

    /**
     * @param tryEdit the portfolio after an edit as the editor would apply it (locked sheets
     *                refusing with {@link IllegalArgumentException}, voids recorded)
     * @return nothing for a format 2 file, or where no copy can be merged: a group on a locked
     *         sheet cannot be until the sheet is reopened, and is not offered
     */
    public static Optional<MergeOffer> of(Portfolio before, Function<Edit, Portfolio> tryEdit) {
        if (before.formatVersion() >= Portfolio.FORMAT_VERSION) {
            return Optional.empty();
        }
        List<List<EvidenceItem>> groups = SameEvidence.typedAgain(before).stream()
                .filter(g -> applies(tryEdit, MergeGroups.of(List.of(g)))).toList();
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        MergeGroups merge = MergeGroups.of(groups);
        List<Notices.Voided> voided = Notices.voidedBy(before, tryEdit.apply(merge));
        return Optional.of(new MergeOffer(merge, "This file was written before the evidence library, when each sheet "
                + "kept its own copy of its evidence. These look like the same evidence typed again on several sheets "
                + "(the same reference and title):\n" + SameEvidence.describe(before, groups) + "\n\nMerged, each is "
                + "one item listed on all those sheets, so a correction made on one sheet shows on every sheet. "
                + (voided.isEmpty() ? "No signature is voided: every sheet reads as before. Undo takes it back."
                        : Notices.voidQuestion(merge.description(), voided))
                + "\n\nCancel keeps them as separate items; the Evidence window (Ctrl+Shift+E) can merge them later."));
    }

    private static boolean applies(Function<Edit, Portfolio> tryEdit, Edit edit) {
        try {
            tryEdit.apply(edit);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
