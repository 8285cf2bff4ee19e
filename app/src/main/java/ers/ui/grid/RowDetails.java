package ers.ui.grid;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.EvidenceRow;
import ers.portfolio.UkDates;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.EditRow;
import ers.ui.EditorModel;
import ers.spec.Criterion;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Beside the grid: the selected evidence row's details (reference, title, methods, date, where it
 * is kept, notes) and the full text of the criterion under the cursor. A field's change becomes an
 * edit when the user presses Enter or leaves the field.
 */
public final class RowDetails {

    /** Strict, so that 31/02 is refused instead of quietly becoming 28/02. */
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final EditorModel model;
    private final Supplier<String> unitId;
    private final TextField reference = field("referenceField", "Evidence reference");
    private final TextField title = field("titleField", "Evidence title");
    private final FlowPane methods = new FlowPane(8, 4);
    private final DatePicker date = new DatePicker();
    private final TextField location = field("locationField", "Where the evidence is kept");
    private final TextArea notes = new TextArea();
    private final Label criterionText = new Label("Move to a criterion column to read its full wording.");
    private final VBox pane;

    /** The row shown; edits go to it even if the selection has moved on by the time they commit. */
    private EvidenceRow shown;

    public RowDetails(EditorModel model, Supplier<String> unitId) {
        this.model = model;
        this.unitId = unitId;
        methods.setId("methodChoices");
        date.setId("dateField");
        date.setAccessibleText("Date of the evidence, day/month/year");
        date.setPromptText("dd/mm/yyyy");
        date.setConverter(ukDates(date));
        notes.setId("notesField");
        notes.setAccessibleText("Notes on the evidence");
        notes.setWrapText(true);
        notes.setPrefRowCount(4);
        criterionText.setId("criterionDetail");
        criterionText.setWrapText(true);
        criterionText.getStyleClass().add("criterion-detail");

        reference.setOnAction(e -> commit(EditRow.reference(unitId.get(), shown.id(), reference.getText())));
        title.setOnAction(e -> commit(EditRow.title(unitId.get(), shown.id(), title.getText())));
        location.setOnAction(e -> commit(EditRow.location(unitId.get(), shown.id(), location.getText())));
        onLeave(reference, () -> EditRow.reference(unitId.get(), shown.id(), reference.getText()));
        onLeave(title, () -> EditRow.title(unitId.get(), shown.id(), title.getText()));
        onLeave(location, () -> EditRow.location(unitId.get(), shown.id(), location.getText()));
        onLeave(notes, () -> EditRow.notes(unitId.get(), shown.id(), notes.getText()));
        date.valueProperty().addListener((obs, was, now) -> {
            if (shown != null && !java.util.Objects.equals(now, shown.date())) {
                commit(EditRow.date(unitId.get(), shown.id(), now));
            }
        });

        Label heading = new Label("Evidence details");
        heading.getStyleClass().add("pane-heading");
        Label criterionHeading = new Label("Criterion");
        criterionHeading.getStyleClass().add("pane-heading");
        pane = new VBox(6, heading, labelled("_Reference", reference), labelled("_Title", title),
                labelled("Method(s)", methods), labelled("_Date", date), labelled("_Where kept", location),
                labelled("_Notes", notes), criterionHeading, criterionText);
        pane.setId("detailsPane");
        pane.getStyleClass().add("details-pane");
        show(null, List.of());
    }

    public VBox view() {
        return pane;
    }

    public TextField titleField() {
        return title;
    }

    public void show(EvidenceRow row, List<AssessmentMethod> key) {
        shown = row;
        boolean none = row == null;
        for (var control : List.of(reference, title, date, location, notes)) {
            control.setDisable(none);
        }
        reference.setText(none ? "" : row.reference());
        title.setText(none ? "" : row.title());
        date.setValue(none ? null : row.date());
        location.setText(none || row.location() == null ? "" : row.location());
        notes.setText(none || row.notes() == null ? "" : row.notes());
        methods.getChildren().clear();
        if (!none) {
            for (AssessmentMethod method : key) {
                CheckBox box = new CheckBox(method.code());
                box.setId("method-" + method.code());
                box.setTooltip(new javafx.scene.control.Tooltip(method.name()));
                box.setAccessibleText(method.name());
                box.setSelected(row.methods().contains(method.code()));
                box.setOnAction(e -> commit(EditRow.methods(unitId.get(), row.id(), chosen())));
                methods.getChildren().add(box);
            }
        }
    }

    public void showCriterion(Criterion criterion) {
        criterionText.setText(criterion == null ? "" : criterion.number() + "  " + criterion.text());
    }

    private List<String> chosen() {
        List<String> codes = new ArrayList<>();
        methods.getChildren().forEach(n -> {
            if (n instanceof CheckBox box && box.isSelected()) {
                codes.add(box.getText());
            }
        });
        return codes;
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

    private void onLeave(javafx.scene.control.TextInputControl control, Supplier<Edit> edit) {
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && shown != null) {
                commit(edit.get());
            }
        });
    }

    private static TextField field(String id, String accessible) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(accessible);
        return f;
    }

    private static VBox labelled(String text, javafx.scene.Node control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        return new VBox(2, label, control);
    }

    /** Reads {@code d/m/yyyy}; text that is not a date keeps the date there was rather than clearing it. */
    private static StringConverter<LocalDate> ukDates(DatePicker picker) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : UkDates.format(d);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), UK);
                } catch (DateTimeParseException e) {
                    return picker.getValue();
                }
            }
        };
    }
}
