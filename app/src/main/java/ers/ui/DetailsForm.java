package ers.ui;

import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.Portfolio;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.WindowEvent;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The candidate, centre and qualification fields that the New portfolio and the Portfolio
 * details dialogs share, with the required ones marked on the fields as the user types.
 */
final class DetailsForm {

    private final TextField candidate = field("candidateName", "Candidate's full name");
    private final TextField candidateNumber = field("candidateNumber", "Candidate number (if issued)");
    private final TextField centre = field("centreName", "Centre name");
    private final TextField centreNumber = field("centreNumber", "Centre number");
    private final TextField qualification = field("qualification", "e.g. OCR Level 3 NVQ Certificate in Team Leading");
    private final ValidationSupport validation = new ValidationSupport();
    private final GridPane grid = new GridPane();

    DetailsForm(Dialog<?> dialog, Portfolio current) {
        if (current != null) {
            candidate.setText(current.candidate().name());
            candidateNumber.setText(current.candidate().number());
            centre.setText(current.centre().name());
            centreNumber.setText(current.centre().number());
            qualification.setText(current.qualification());
        }
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("Candidate"), candidate, new Label("Number"), candidateNumber);
        grid.addRow(1, new Label("Centre"), centre, new Label("Number"), centreNumber);
        grid.addRow(2, new Label("Qualification"), qualification);
        GridPane.setColumnSpan(qualification, 3);
        // Decorations wrap the scene's root, so they go on once the dialog's window is up (a Dialog's
        // own "shown" event comes before that).
        dialog.getDialogPane().getScene().getWindow().addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            validation.registerValidator(candidate, Validator.createEmptyValidator("The candidate's name is required"));
            validation.registerValidator(centre, Validator.createEmptyValidator("The centre's name is required"));
            validation.registerValidator(qualification, Validator.createEmptyValidator("The qualification is required"));
            candidate.requestFocus();
        });
    }

    GridPane grid() {
        return grid;
    }

    ReadOnlyBooleanProperty invalidProperty() {
        return validation.invalidProperty();
    }

    Candidate candidate() {
        return new Candidate(candidate.getText().strip(), blankToNull(candidateNumber.getText()));
    }

    Centre centre() {
        return new Centre(centre.getText().strip(), blankToNull(centreNumber.getText()));
    }

    String qualification() {
        return qualification.getText().strip();
    }

    static TextField field(String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setAccessibleText(prompt);
        f.setPrefColumnCount(18);
        return f;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
