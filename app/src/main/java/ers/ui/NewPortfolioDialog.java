package ers.ui;

import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.spec.UnitCatalog;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * Asks who the portfolio is for and which units it holds. Required fields are marked on the
 * fields themselves as the user types, and Create stays disabled until they are filled.
 */
final class NewPortfolioDialog {

    private NewPortfolioDialog() {
    }

    static Dialog<Portfolio> create(Window owner, UnitCatalog catalog) {
        Dialog<Portfolio> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New portfolio");
        dialog.setHeaderText("Who is the portfolio for, and which units does it cover?");
        TextField candidate = field("candidateName", "Candidate's full name");
        TextField candidateNumber = field("candidateNumber", "Candidate number (if issued)");
        TextField centre = field("centreName", "Centre name");
        TextField centreNumber = field("centreNumber", "Centre number");
        TextField qualification = field("qualification", "e.g. OCR Level 3 NVQ Certificate in Team Leading");
        UnitPicker picker = new UnitPicker(catalog, Set.of());
        Label unitsHint = new Label("Tick at least one unit.");
        unitsHint.setId("unitsHint");
        unitsHint.getStyleClass().add("field-problem");
        unitsHint.visibleProperty().bind(picker.countProperty().isEqualTo(0));

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Candidate"), candidate, new Label("Number"), candidateNumber);
        form.addRow(1, new Label("Centre"), centre, new Label("Number"), centreNumber);
        form.addRow(2, new Label("Qualification"), qualification);
        GridPane.setColumnSpan(qualification, 3);
        dialog.getDialogPane().setContent(new VBox(10, form, new Label("Units"), picker.view(), unitsHint));
        dialog.getDialogPane().setPrefWidth(680);

        ButtonType createButton = new ButtonType("Create", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(createButton, ButtonType.CANCEL);
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(candidate, Validator.createEmptyValidator("The candidate's name is required"));
        validation.registerValidator(centre, Validator.createEmptyValidator("The centre's name is required"));
        validation.registerValidator(qualification, Validator.createEmptyValidator("The qualification is required"));
        dialog.getDialogPane().lookupButton(createButton).setId("createButton");
        dialog.getDialogPane().lookupButton(createButton).disableProperty().bind(Bindings.or(
                validation.invalidProperty(), picker.countProperty().isEqualTo(0)));

        dialog.setResultConverter(button -> button != createButton ? null : Portfolio.create(
                new Candidate(candidate.getText().strip(), blankToNull(candidateNumber.getText())),
                new Centre(centre.getText().strip(), blankToNull(centreNumber.getText())),
                qualification.getText().strip(),
                picker.chosen().stream().map(PortfolioUnit::empty).toList()));
        return dialog;
    }

    private static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setAccessibleText(prompt);
        f.setPrefColumnCount(18);
        return f;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
