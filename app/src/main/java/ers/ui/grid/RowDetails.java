package ers.ui.grid;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.EvidenceRow;
import ers.portfolio.UkDates;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.EditRow;
import ers.portfolio.edit.TextRules;
import ers.spec.Criterion;
import ers.ui.EditorModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * edit when the user presses Enter or leaves the field; a date that is not one, or text the file
 * cannot keep or the sheet cannot print, stays in its field, marked, with the reason, and changes nothing.
 */
public final class RowDetails {

    private final EditorModel model;
    private final Supplier<String> unitId;
    private final TextField reference = field("referenceField", "Evidence reference");
    private final TextArea title = new TextArea();
    private final FlowPane methods = new FlowPane(8, 4);
    private final TextField date = field("dateField", "Date of the evidence, day/month/year");
    private final Label dateProblem = problemLabel("dateProblem");
    /** Why the reference is shown in red in the grid: which other rows carry it. */
    private final Label referenceClash = problemLabel("referenceClash");
    private final TextField location = field("locationField", "Where the evidence is kept");
    private final TextArea notes = new TextArea();
    private final Label criterionText = new Label();
    private final VBox pane;
    /** The key the method boxes were made for; they are made again only when it changes, so a box keeps the keyboard. */
    private List<AssessmentMethod> boxesFor;

    /** Each typed field's line saying why what is in it was refused; empty when nothing is. */
    private final Map<TextInputControl, Label> problems = new LinkedHashMap<>();

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
        notes.setId("notesField");
        notes.setAccessibleText("Notes on the evidence");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        criterionText.setId("criterionDetail");
        criterionText.setWrapText(true);
        criterionText.getStyleClass().add("criterion-detail");
        showCriterion(null);

        reference.setOnAction(e -> commitText(reference, TextRules.Field.REFERENCE,
                () -> EditRow.reference(unitId.get(), shown.id(), reference.getText())));
        location.setOnAction(e -> commitText(location, TextRules.Field.LOCATION,
                () -> EditRow.location(unitId.get(), shown.id(), location.getText())));
        date.setOnAction(e -> commitDate());
        onLeave(reference, TextRules.Field.REFERENCE, () -> EditRow.reference(unitId.get(), shown.id(), reference.getText()));
        onLeave(title, TextRules.Field.TITLE, () -> EditRow.title(unitId.get(), shown.id(), title.getText()));
        onLeave(location, TextRules.Field.LOCATION, () -> EditRow.location(unitId.get(), shown.id(), location.getText()));
        onLeave(notes, TextRules.Field.NOTES, () -> EditRow.notes(unitId.get(), shown.id(), notes.getText()));
        date.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && shown != null) {
                commitDate();
            }
        });

        Label heading = new Label("Evidence details");
        heading.getStyleClass().add("pane-heading");
        Label criterionHeading = new Label("Criterion");
        criterionHeading.getStyleClass().add("pane-heading");
        pane = new VBox(6, heading, labelled("_Reference", reference), problemLine(reference, "referenceProblem"), referenceClash,
                labelled("_Title", title), problemLine(title, "titleProblem"),
                labelled("Method(s)", methods), labelled("_Date", date), dateProblem,
                labelled("Where _kept", location), problemLine(location, "locationProblem"),
                labelled("_Notes", notes), problemLine(notes, "notesProblem"), criterionHeading, criterionText);
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
        // Refused text stays in its field, with its reason, while the user is still on the row.
        showText(reference, sameRow, none ? "" : row.reference());
        referenceClash.setText(none ? "" : model.portfolio().unit(unitId.get())
                .flatMap(u -> ReferenceMarks.duplicatesOnly(u).advice(row.id(), row.reference())).orElse(""));
        showText(title, sameRow, none ? "" : row.title());
        // A mistyped date stays in its field, with its reason, while the user is still on the row.
        if (!sameRow || dateProblem.getText().isEmpty()) {
            date.setText(none || row.date() == null ? "" : UkDates.format(row.date()));
            markDate(null);
        }
        showText(location, sameRow, none || row.location() == null ? "" : row.location());
        showText(notes, sameRow, none || row.notes() == null ? "" : row.notes());
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
        mark(date, dateProblem, problem);
    }

    private void showText(TextInputControl field, boolean sameRow, String stored) {
        if (!sameRow || problems.get(field).getText().isEmpty()) {
            field.setText(stored);
            mark(field, problems.get(field), null);
        }
    }

    /** Commits {@code field}'s edit when its text fits {@code rule}; otherwise marks the field with the reason. */
    private void commitText(TextInputControl field, TextRules.Field rule, Supplier<Edit> edit) {
        if (shown == null) {
            return;
        }
        String problem = model.textRules().problem(rule, field.getText()).orElse(null);
        mark(field, problems.get(field), problem);
        if (problem == null) {
            commit(edit.get());
        }
    }

    /** The field is marked, its reason shown under it, read out by a screen reader and shown on hover. */
    private static void mark(TextInputControl field, Label line, String problem) {
        line.setText(problem == null ? "" : problem);
        field.getStyleClass().remove("problem");
        if (problem != null) {
            field.getStyleClass().add("problem");
        }
        field.setAccessibleHelp(problem);
        field.setTooltip(problem == null ? null : new Tooltip(problem));
    }

    private Label problemLine(TextInputControl field, String id) {
        Label line = problemLabel(id);
        problems.put(field, line);
        return line;
    }

    /** A line under a field saying why its text was refused; it takes no room when there is nothing to say. */
    private static Label problemLabel(String id) {
        Label line = new Label();
        line.setId(id);
        line.getStyleClass().add("field-problem");
        line.setWrapText(true);
        line.managedProperty().bind(line.textProperty().isNotEmpty());
        return line;
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

    private void onLeave(TextInputControl control, TextRules.Field rule, Supplier<Edit> edit) {
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && shown != null) {
                commitText(control, rule, edit);
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
                commitText(area, TextRules.Field.TITLE, () -> EditRow.title(unitId.get(), shown.id(), area.getText()));
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
