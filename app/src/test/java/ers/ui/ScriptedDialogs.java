package ers.ui;

import ers.json.Problem;
import ers.portfolio.AssessmentMethod;
import ers.portfolio.Portfolio;
import ers.portfolio.edit.EditDetails;
import ers.portfolio.recovery.Recovered;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Dialogs that answer from a script and record what was asked, for tests. */
final class ScriptedDialogs implements DialogService {

    final List<String> asked = new ArrayList<>();
    final List<Problem> problemsShown = new ArrayList<>();

    final List<String> problemIntros = new ArrayList<>();
    final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    final Deque<RecoveryChoice> recoveryAnswers = new ArrayDeque<>();
    final Deque<Path> files = new ArrayDeque<>();
    final Deque<Boolean> adoptAnswers = new ArrayDeque<>();
    final Deque<InUseChoice> inUseAnswers = new ArrayDeque<>();
    final Deque<ChangedChoice> changedAnswers = new ArrayDeque<>();
    /** Answers to confirmations, yes when none is left; and what each confirmation said. */
    final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    final List<String> confirmed = new ArrayList<>();
    /** The folder the file choosers would open in. */
    Path startedIn;
    Portfolio newPortfolio;
    List<UnitSpec> unitsToAdd = List.of();
    List<AssessmentMethod> methodKey;
    EditDetails details;
    /** The units an export is to hold; every unit unless a test says otherwise, none (cancel) when null. */
    ers.pdf.UnitChoice exportUnits = ers.pdf.UnitChoice.ALL;

    @Override
    public void showError(String title, String message) {
        asked.add("error: " + title + ": " + message);
    }

    @Override
    public void showProblems(String title, String intro, List<Problem> problems) {
        asked.add("problems: " + title);
        problemIntros.add(intro);
        problemsShown.addAll(problems);
    }

    @Override
    public void showInfo(String title, String message) {
        asked.add("info: " + title + ": " + message);
    }

    @Override
    public UnsavedChoice askUnsaved(String documentName) {
        asked.add("unsaved: " + documentName);
        return unsavedAnswers.pop();
    }

    @Override
    public boolean confirm(String title, String message) {
        asked.add("confirm: " + title);
        confirmed.add(message);
        return confirmAnswers.isEmpty() || confirmAnswers.pop();
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        asked.add("open");
        return Optional.ofNullable(files.poll());
    }

    @Override
    public void startIn(Path folder) {
        startedIn = folder;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String extension) {
        asked.add("save as: " + suggestedName);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<ers.pdf.UnitChoice> chooseUnitsToExport(Portfolio portfolio, String shownUnitId) {
        asked.add("export units, shown " + shownUnitId);
        return Optional.ofNullable(exportUnits);
    }

    @Override
    public Optional<Portfolio> askNewPortfolio(UnitCatalog catalog) {
        asked.add("new");
        return Optional.ofNullable(newPortfolio);
    }

    @Override
    public List<UnitSpec> chooseUnits(UnitCatalog catalog, Set<String> present) {
        asked.add("units");
        return unitsToAdd;
    }

    @Override
    public Optional<List<AssessmentMethod>> editMethodKey(List<AssessmentMethod> current) {
        asked.add("method key");
        return Optional.ofNullable(methodKey);
    }

    @Override
    public Optional<EditDetails> editDetails(Portfolio current) {
        asked.add("details");
        return Optional.ofNullable(details);
    }

    @Override
    public RecoveryChoice askRecover(Recovered recovered) {
        asked.add("recover: " + recovered.original());
        return recoveryAnswers.pop();
    }

    @Override
    public InUseChoice askFileInUse(String documentName, String who) {
        asked.add("in use: " + documentName + " by " + who);
        return inUseAnswers.pop();
    }

    @Override
    public ChangedChoice askChangedOnDisk(String documentName, String what) {
        asked.add("changed: " + documentName + ": " + what);
        return changedAnswers.pop();
    }

    @Override
    public boolean askAdoptNewSpec(String unitCode, String differences) {
        asked.add("drift: " + unitCode + ": " + differences);
        return adoptAnswers.pop();
    }
}
