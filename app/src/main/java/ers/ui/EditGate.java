package ers.ui;

import ers.pdf.SheetFonts;
import ers.portfolio.Portfolio;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.EditRefused;
import ers.portfolio.edit.Sign;
import ers.portfolio.edit.TextRules;
import ers.portfolio.seal.LockedSheets;
import ers.portfolio.seal.Notices;
import ers.portfolio.seal.SheetSigning;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one way an edit reaches the shown portfolio: refused with its reason when it types what the
 * sheet cannot print or changes a signed sheet it may not, and, when it would void signatures,
 * made only after the user agrees. What it did goes on the status line.
 */
final class EditGate {

    private final DialogService dialogs;
    private final ShownDocument document;
    private final Consumer<String> say;
    private final SheetSigning signing = new SheetSigning(Clock.systemDefaultZone());
    private final TextRules textRules = new TextRules(SheetFonts::canPrint);

    EditGate(DialogService dialogs, ShownDocument document, Consumer<String> say) {
        this.dialogs = dialogs;
        this.document = document;
        this.say = say;
    }

    TextRules textRules() {
        return textRules;
    }

    /** What decides which sheets an edit may change, and which signatures it voids. */
    SheetSigning signing() {
        return signing;
    }

    /**
     * Makes the edit a step of the shown portfolio's history; true too when it changes nothing, false
     * when it was refused and explained or the user kept the signatures it would void.
     *
     * @param askBeforeVoiding false when the question that led to the edit has named what it voids
     */
    boolean apply(Edit edit, boolean askBeforeVoiding) {
        if (!document.isOpen()) {
            return false;
        }
        Portfolio before = document.current();
        Portfolio after;
        try {
            textRules.check(edit);
            after = new LockedSheets(edit, signing).applyTo(before);
        } catch (EditRefused e) {
            dialogs.showError("Cannot " + edit.description(), e.reason());
            return false;
        } catch (RuntimeException fault) {
            Faults.report(dialogs, "Cannot " + edit.description(), "Nothing was changed.", fault);
            return false;
        }
        if (after.equals(before)) {
            // A cell left as it was: no step to undo, nothing unsaved and nothing to report.
            return true;
        }
        List<Notices.Voided> voided = Notices.voidedBy(before, after);
        if (askBeforeVoiding && !voided.isEmpty() && !dialogs.confirm(voided.size() == 1 ? "Void a signature?"
                : "Void signatures?", Notices.voidQuestion(edit.description(), voided))) {
            return false;
        }
        document.push(before, after, edit.description());
        say.accept(edit instanceof Sign ? "Signatures updated: signing and reopening cannot be undone."
                : sentence(edit.description()) + "." + edit.alsoChanged(before) + " Undo with Ctrl+Z.");
        return true;
    }

    private static String sentence(String description) {
        return description.isEmpty() ? description : Character.toUpperCase(description.charAt(0)) + description.substring(1);
    }
}
