package ers.ui;

import ers.json.Problem;
import ers.portfolio.AssessmentMethod;
import ers.portfolio.Portfolio;
import ers.portfolio.edit.EditDetails;
import ers.portfolio.recovery.Recovered;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the editor window. */
final class FxDialogService implements DialogService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Window owner;
    private File lastFolder;

    FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showProblems(String title, String intro, List<Problem> problems) {
        Alert alert = alert(Alert.AlertType.ERROR, title, intro);
        TextArea list = new TextArea(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        list.setId("problemList");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, problems.size() + 1));
        alert.getDialogPane().setContent(new javafx.scene.layout.VBox(8,
                new javafx.scene.control.Label(intro), list));
        alert.showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public UnsavedChoice askUnsaved(String documentName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "Your changes to " + documentName
                + " will be lost if you don't save them.", save, discard, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + "?");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }

    @Override
    public void startIn(Path folder) {
        lastFolder = folder.toFile();
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        FileChooser chooser = chooser("Open portfolio", ".ers.json");
        File file = chooser.showOpenDialog(owner);
        return remember(file);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String extension) {
        FileChooser chooser = chooser(title, extension);
        chooser.setInitialFileName(suggestedName);
        File file = chooser.showSaveDialog(owner);
        if (file != null && !file.getName().endsWith(extension)) {
            file = new File(file.getParentFile(), file.getName() + extension);
        }
        return remember(file);
    }

    private FileChooser chooser(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.equals(".pdf") ? "PDF documents" : "Portfolios", "*" + extension));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Portfolio> askNewPortfolio(UnitCatalog catalog) {
        return NewPortfolioDialog.create(owner, catalog).showAndWait();
    }

    @Override
    public Optional<ers.pdf.UnitChoice> chooseUnitsToExport(Portfolio portfolio, String shownUnitId) {
        return ExportUnitsDialog.create(owner, portfolio, shownUnitId).showAndWait();
    }

    @Override
    public List<UnitSpec> chooseUnits(UnitCatalog catalog, Set<String> present) {
        UnitPicker picker = new UnitPicker(catalog, present);
        Dialog<List<UnitSpec>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Add units");
        dialog.setHeaderText("Tick the units to add to the portfolio.");
        dialog.getDialogPane().setContent(picker.view());
        dialog.getDialogPane().setPrefWidth(620);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(picker.countProperty().isEqualTo(0));
        dialog.setResultConverter(b -> b == ButtonType.OK ? picker.chosen() : List.of());
        return dialog.showAndWait().orElse(List.of());
    }

    @Override
    public Optional<List<AssessmentMethod>> editMethodKey(List<AssessmentMethod> current) {
        return MethodKeyDialog.create(owner, current).showAndWait();
    }

    @Override
    public Optional<EditDetails> editDetails(Portfolio current) {
        return DetailsDialog.create(owner, current).showAndWait();
    }

    @Override
    public RecoveryChoice askRecover(Recovered recovered) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType("Decide later", ButtonBar.ButtonData.CANCEL_CLOSE);
        String belongs = recovered.original() == null ? "a portfolio that was never saved"
                : recovered.original().toString();
        String message = recovered.portfolio().isPresent()
                ? "The editor stopped without saving work on " + belongs + ". A copy from "
                        + WHEN.format(recovered.savedAt()) + " was kept.\n\nRestore opens it with its changes "
                        + "unsaved, so you can check it and save it. Discard deletes the copy."
                : "A recovery copy of " + belongs + " cannot be read:\n" + recovered.problems().stream()
                        .map(Problem::toString).collect(Collectors.joining("\n")) + "\n\nIt stays at "
                        + recovered.copy() + " until you discard it.";
        Alert alert = new Alert(Alert.AlertType.WARNING, message, recovered.portfolio().isPresent()
                ? new ButtonType[] {restore, discard, later} : new ButtonType[] {discard, later});
        alert.initOwner(owner);
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("Unsaved work was found");
        ButtonType answer = alert.showAndWait().orElse(later);
        return answer == restore ? RecoveryChoice.RESTORE : answer == discard ? RecoveryChoice.DISCARD
                : RecoveryChoice.KEEP_FOR_LATER;
    }

    @Override
    public InUseChoice askFileInUse(String documentName, String who) {
        ButtonType readOnly = new ButtonType("Open read-only", ButtonBar.ButtonData.YES);
        ButtonType edit = new ButtonType("Edit anyway", ButtonBar.ButtonData.OTHER);
        Alert alert = new Alert(Alert.AlertType.WARNING, documentName + " is open in " + who + ".\n\nRead-only shows it"
                + " without saving over it: Save As keeps any changes in another file. Edit anyway if that editor is"
                + " no longer in use; whichever of you saves second will be asked before anything is replaced.",
                readOnly, edit, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Portfolio in use");
        alert.setHeaderText(documentName + " is already open");
        alert.setResizable(true);
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == readOnly ? InUseChoice.READ_ONLY : answer == edit ? InUseChoice.EDIT_ANYWAY : InUseChoice.CANCEL;
    }

    @Override
    public ChangedChoice askChangedOnDisk(String documentName, String what) {
        ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.YES);
        ButtonType saveAs = new ButtonType("Save as another file…", ButtonBar.ButtonData.OTHER);
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "Since you opened or last saved it here, " + what
                + ".\n\nReload opens it as it now is and keeps your changes aside in the recovery"
                + " folder. Save as another file keeps both. Overwrite replaces their changes with yours.",
                reload, saveAs, overwrite, ButtonType.CANCEL);
        alert.initOwner(owner);
        alert.setTitle("Changed on disk");
        alert.setHeaderText(documentName + " has changed on disk");
        alert.setResizable(true);
        alert.getDialogPane().setId("changedOnDiskDialog");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == reload ? ChangedChoice.RELOAD : answer == saveAs ? ChangedChoice.SAVE_AS
                : answer == overwrite ? ChangedChoice.OVERWRITE : ChangedChoice.CANCEL;
    }

    @Override
    public boolean askAdoptNewSpec(String unitCode, String differences) {
        ButtonType adopt = new ButtonType("Use the new specification", ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType("Keep the portfolio's copy", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, differences, adopt, keep);
        alert.initOwner(owner);
        alert.setTitle("Unit " + unitCode + " has changed");
        alert.setHeaderText("The application's copy of unit " + unitCode
                + " differs from the one this portfolio was mapped against.");
        return alert.showAndWait().orElse(keep) == adopt;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        if (type == Alert.AlertType.CONFIRMATION) {
            alert.getButtonTypes().add(ButtonType.CANCEL);
        }
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setResizable(true);
        return alert;
    }
}
