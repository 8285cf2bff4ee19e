package ers.ui;

import ers.json.Problem;
import ers.portfolio.AssessmentMethod;
import ers.portfolio.Portfolio;
import ers.portfolio.edit.EditDetails;
import ers.portfolio.recovery.Recovered;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every question the editor asks the user. The window answers with real dialogs; tests answer
 * with their own implementation, so the editor's decisions are tested without a screen.
 */
public interface DialogService {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    enum RecoveryChoice { RESTORE, DISCARD, KEEP_FOR_LATER }

    enum InUseChoice { READ_ONLY, EDIT_ANYWAY, CANCEL }

    enum ChangedChoice { RELOAD, SAVE_AS, OVERWRITE, CANCEL }

    void showError(String title, String message);

    /** A file could not be used; lists every problem with its place in the file. */
    void showProblems(String title, String intro, List<Problem> problems);

    void showInfo(String title, String message);

    /** Asked once when work would be lost: save it, throw it away, or go back. */
    UnsavedChoice askUnsaved(String documentName);

    boolean confirm(String title, String message);

    Optional<Path> chooseFileToOpen();

    /**
     * The folder the next file chooser opens in: the open portfolio's, so an export or a save as
     * starts beside the portfolio rather than wherever the application was started.
     */
    void startIn(Path folder);

    /** {@code extension} such as {@code .ers.json} or {@code .pdf}; the suggested name carries it. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String extension);

    Optional<Portfolio> askNewPortfolio(UnitCatalog catalog);

    /**
     * Which units' sheets an export holds: the unit shown ({@code shownUnitId}, may be null), units
     * ticked in a list, or all; empty when the user cancels.
     */
    Optional<ers.pdf.UnitChoice> chooseUnitsToExport(Portfolio portfolio, String shownUnitId);

    /** Picks units not already in the portfolio ({@code present} holds their ids); empty when cancelled. */
    List<UnitSpec> chooseUnits(UnitCatalog catalog, Set<String> present);

    Optional<List<AssessmentMethod>> editMethodKey(List<AssessmentMethod> current);

    /** The candidate, centre, qualification and people, as an edit; empty when cancelled. */
    Optional<EditDetails> editDetails(Portfolio current);

    RecoveryChoice askRecover(Recovered recovered);

    /** Another editor ({@code who}) has the file open: open it read-only, for editing anyway, or not at all. */
    InUseChoice askFileInUse(String documentName, String who);

    /**
     * The file changed on disk ({@code what} says how) since this editor read or saved it: reload
     * it (this editor's changes kept aside), save them to another file, overwrite it, or go back.
     */
    ChangedChoice askChangedOnDisk(String documentName, String what);

    /** A unit's bundled specification differs from the copy in the portfolio: true adopts the bundled one. */
    boolean askAdoptNewSpec(String unitCode, String differences);
}
