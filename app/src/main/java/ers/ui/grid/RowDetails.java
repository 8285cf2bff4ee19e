package ers.ui.grid;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.EvidenceRow;
import ers.portfolio.UkDates;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.EditRow;
import ers.spec.Criterion;
import ers.ui.EditorModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Beside the grid: the selected evidence row's details (reference, title, methods, date, where it
 * is kept, notes) and the full text of the criterion under the cursor. A field's change becomes an
 * edit when the user presses Enter or leaves the field; a date that is not one stays in its field,
 * marked, with the reason, and changes nothing.
 */
public final class RowDetails {

    private final EditorModel model;
    private final Supplier<String> unitId;
    private final TextField reference = field("referenceField", "Evidence reference");
    private final TextArea title = new TextArea();
    private final FlowPane methods = new FlowPane(8, 4);
    private final TextField date = field("dateField", "Date of the evidence, day/month/year");
    private final Label dateProblem = new Label();
    private final TextField location = field("locationField", "Where the evidence is kept");
    private final TextArea notes = new TextArea();
    private final Label criterionText = new Label();
    private final VBox pane;
    /** The key the method boxes were made for; they are made again only when it changes, so a box keeps the keyboard. */
    private List<AssessmentMethod> boxesFor;

    /** The row shown; edits go to it even if the selection has moved on by the time they commit. */
    private EvidenceRow shown;

    public RowDetails(EditorModel model, Supplier<String> unitId) {
        this.model = model;
        this.unitId = unitId;
        methods.setId("methodChoices");
        title.setId("titleField");
        title.setAccessibleText("Evidence title");
        title.setWrapText(true);
        title.setPrefRowCount(3);
        singleLine(title);
        date.setPromptText("dd/mm/yyyy");
        dateProblem.setId("dateProblem");
        dateProblem.getStyleClass().add("field-problem");
        dateProblem.setWrapText(true);
        dateProblem.managedProperty().bind(dateProblem.textProperty().isNotEmpty());
        notes.setId("notesField");
        notes.setAccessibleText("Notes on the evidence");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        criterionText.setId("criterionDetail");
        criterionText.setWrapText(true);
        criterionText.getStyleClass().add("criterion-detail");
        showCriterion(null);

        reference.setOnAction(e -> commit(EditRow.reference(unitId.get(), shown.id(), reference.getText())));
        location.setOnAction(e -> commit(EditRow.location(unitId.get(), shown.id(), location.getText())));
        date.setOnAction(e -> commitDate());
        onLeave(reference, () -> EditRow.reference(unitId.get(), shown.id(), reference.getText()));
        onLeave(title, () -> EditRow.title(unitId.get(), shown.id(), title.getText()));
        onLeave(location, () -> EditRow.location(unitId.get(), shown.id(), location.getText()));
        onLeave(notes, () -> EditRow.notes(unitId.get(), shown.id(), notes.getText()));
        date.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && shown != null) {
                commitDate();
            }
        });

        Label heading = new Label("Evidence details");
        heading.getStyleClass().add("pane-heading");
        Label criterionHeading = new Label("Criterion");
        criterionHeading.getStyleClass().add("pane-heading");
        pane = new VBox(6, heading, labelled("_Reference", reference), labelled("_Title", title),
                labelled("Method(s)", methods), labelled("_Date", date), dateProblem, labelled("_Where kept", location),
                labelled("_Notes", notes), criterionHeading, criterionText);
        pane.setId("detailsPane");
        pane.getStyleClass().add("details-pane");
        show(null, List.of());
    }

    public VBox view() {
        return pane;
    }

    public TextInputControl titleField() {
        return title;
    }

    public void show(EvidenceRow row, List<AssessmentMethod> key) {
        boolean sameRow = row != null && shown != null && row.id().equals(shown.id());
        shown = row;
        boolean none = row == null;
        for (var control : List.of(reference, title, date, location, notes)) {
            control.setDisable(none);
        }
        reference.setText(none ? "" : row.reference());
        title.setText(none ? "" : row.title());
        // A mistyped date stays in its field, with its reason, while the user is still on the row.
        if (!sameRow || dateProblem.getText().isEmpty()) {
            date.setText(none || row.date() == null ? "" : UkDates.format(row.date()));
            markDate(null);
        }
        location.setText(none || row.location() == null ? "" : row.location());
        notes.setText(none || row.notes() == null ? "" : row.notes());
        showMethods(none ? List.of() : key, none ? List.of() : row.methods());
    }

    private void showMethods(List<AssessmentMethod> key, List<String> codes) {
        if (!key.equals(boxesFor)) {
            boxesFor = List.copyOf(key);
            methods.getChildren().clear();
            for (AssessmentMethod method : key) {
                CheckBox box = new CheckBox(method.code());
                box.setId("method-" + method.code());
                box.setTooltip(new Tooltip(method.name()));
                box.setAccessibleText(method.name());
                box.setOnAction(e -> commit(EditRow.methods(unitId.get(), shown.id(), chosen())));
                methods.getChildren().add(box);
            }
        }
        for (Node n : methods.getChildren()) {
            CheckBox box = (CheckBox) n;
            box.setSelected(codes.contains(box.getText()));
        }
    }

    public void showCriterion(Criterion criterion) {
        criterionText.setText(criterion == null ? "Move to a criterion column to read its full wording."
                : criterion.number() + "  " + criterion.text());
    }

    private List<String> chosen() {
        List<String> codes = new ArrayList<>();
        methods.getChildren().forEach(n -> {
            if (n instanceof CheckBox box && box.isSelected()) {
                codes.add(box.getText());
            }
        });
        // Codes the key no longer has stay on the row: unticking one box must not drop them.
        shown.methods().stream().filter(c -> boxesFor.stream().noneMatch(m -> m.code().equals(c)))
                .forEach(codes::add);
        return codes;
    }

    private void commitDate() {
        if (shown == null) {
            return;
        }
        DateText typed = DateText.read(date.getText());
        markDate(typed.problem());
        if (typed.problem() == null) {
            commit(EditRow.date(unitId.get(), shown.id(), typed.date()));
        }
    }

    private void markDate(String problem) {
        dateProblem.setText(problem == null ? "" : problem);
        date.getStyleClass().remove("problem");
        if (problem != null) {
            date.getStyleClass().add("problem");
        }
        date.setAccessibleHelp(problem);
    }

    private void commit(Edit edit) {
        boolean stillThere = shown != null && model.portfolio().unit(unitId.get())
                .map(u -> u.evidence().stream().anyMatch(r -> r.id().equals(shown.id()))).orElse(false);
        if (!stillThere) {
            return;
        }
        if (edit instanceof EditRow rowEdit && rowEdit.changesNothing(model.portfolio())) {
            return;
        }
        model.apply(edit);
    }

    private void onLeave(TextInputControl control, Supplier<Edit> edit) {
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && shown != null) {
                commit(edit.get());
            }
        });
    }

    /**
     * A title is one line however it wraps: Enter commits it rather than breaking the line, and
     * Tab moves on rather than typing a tab.
     */
    private void singleLine(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                commit(EditRow.title(unitId.get(), shown.id(), area.getText()));
            } else if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                // TextArea moves the focus on Ctrl+Tab; plain Tab does the same here.
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
    }

    private static TextField field(String id, String accessible) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(accessible);
        return f;
    }

    private static VBox labelled(String text, Node control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        return new VBox(2, label, control);
    }
}
