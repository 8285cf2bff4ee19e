package ers.ui;

import ers.pdf.SheetFonts;
import ers.portfolio.Candidate;
import ers.portfolio.Centre;
import ers.portfolio.Portfolio;
import ers.portfolio.edit.TextRules;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.WindowEvent;
import org.controlsfx.validation.ValidationResult;
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
    private static final TextRules RULES = new TextRules(SheetFonts::canPrint);

    private final ValidationSupport validation = new ValidationSupport();
    /** Fields checked against the format's limits only (the people's names, added by the details dialog). */
    private final java.util.Map<TextField, TextRules.Field> limited = new java.util.LinkedHashMap<>();
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
            required(candidate, "The candidate's name is required", TextRules.Field.CANDIDATE_NAME);
            required(centre, "The centre's name is required", TextRules.Field.CENTRE_NAME);
            required(qualification, "The qualification is required", TextRules.Field.QUALIFICATION);
            validation.registerValidator(candidateNumber, false, fits(TextRules.Field.CANDIDATE_NUMBER));
            validation.registerValidator(centreNumber, false, fits(TextRules.Field.CENTRE_NUMBER));
            limited.forEach((f, rule) -> validation.registerValidator(f, false, fits(rule)));
            candidate.requestFocus();
        });
    }

    /** Checks {@code f} as the user types, like the form's own fields; call before the dialog shows. */
    void limit(TextField f, TextRules.Field rule) {
        limited.put(f, rule);
    }

    /**
     * A required field is marked only while it is empty: a mark left on a filled field tells the
     * user something is still missing when nothing is.
     */
    private void required(TextField field, String message, TextRules.Field rule) {
        validation.registerValidator(field, field.getText().isBlank(),
                Validator.combine(Validator.createEmptyValidator(message), fits(rule)));
        field.textProperty().addListener((obs, was, text) -> ValidationSupport.setRequired(field, text.isBlank()));
    }

    /** Refuses, on the field and with the reason, text the format cannot keep or the sheet cannot print. */
    private static Validator<String> fits(TextRules.Field rule) {
        return (control, text) -> {
            var problem = RULES.problem(rule, text);
            return ValidationResult.fromErrorIf(control, problem.orElse(""), problem.isPresent());
        };
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
