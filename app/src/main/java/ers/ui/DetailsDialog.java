package ers.ui;

import ers.portfolio.People;
import ers.portfolio.Person;
import ers.portfolio.edit.TextRules;
import ers.portfolio.Portfolio;
import ers.portfolio.edit.EditDetails;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Edits who the portfolio is for and who assesses and verifies it. A trainee (not yet
 * qualified) assessor or verifier makes the sheet ask for a countersignature.
 */
final class DetailsDialog {

    private DetailsDialog() {
    }

    static Dialog<EditDetails> create(Window owner, Portfolio current) {
        Dialog<EditDetails> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Portfolio details");
        dialog.setHeaderText("The candidate, the centre, and the people who assess and verify.");
        DetailsForm form = new DetailsForm(dialog, current);
        People people = current.people();
        PersonRow assessor = new PersonRow("assessor", "Assessor", people.assessor());
        PersonRow counterAssessor = new PersonRow("countersigningAssessor", "Countersigning assessor",
                people.countersigningAssessor());
        PersonRow verifier = new PersonRow("internalVerifier", "Internal verifier", people.internalVerifier());
        PersonRow counterVerifier = new PersonRow("countersigningVerifier", "Countersigning verifier",
                people.countersigningVerifier());
        GridPane peopleGrid = new GridPane();
        peopleGrid.setHgap(8);
        peopleGrid.setVgap(6);
        int row = 0;
        for (PersonRow person : new PersonRow[] {assessor, counterAssessor, verifier, counterVerifier}) {
            peopleGrid.addRow(row++, new Label(person.label), person.name, person.qualified);
            form.limit(person.name, TextRules.Field.PERSON_NAME);
        }
        dialog.getDialogPane().setContent(new VBox(10, form.grid(), new Label("People"), peopleGrid));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.invalidProperty());
        dialog.setResultConverter(b -> b != ButtonType.OK ? null : new EditDetails(form.candidate(), form.centre(),
                form.qualification(), new People(assessor.person(), counterAssessor.person(), verifier.person(),
                counterVerifier.person())));
        return dialog;
    }

    /** One signer: a name (blank when not known yet) and whether they are qualified. */
    private static final class PersonRow {
        final String label;
        final TextField name;
        final CheckBox qualified = new CheckBox("qualified");

        PersonRow(String id, String label, Person person) {
            this.label = label;
            this.name = DetailsForm.field(id + "Name", label + "'s name, as they sign");
            qualified.setId(id + "Qualified");
            qualified.setAccessibleText(label + " is qualified");
            qualified.setSelected(person == null || person.qualified());
            if (person != null) {
                name.setText(person.name());
            }
        }

        Person person() {
            String text = DetailsForm.blankToNull(name.getText());
            return text == null ? null : new Person(text, qualified.isSelected());
        }
    }
}
