package ers.ui.units;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The form of a unit: its header fields (a field the import did not find is marked so), its
 * outcomes and criteria as one grid to correct, add to, remove from, reorder and renumber,
 * its transcription notes, and what would stop it being saved, as the user types.
 */
final class UnitForm extends VBox {

    private final UnitDraft draft;
    private final TableView<DraftLine> grid = new TableView<>();

    UnitForm(UnitDraft draft, ObservableBooleanValue readOnly) {
        super(6);
        this.draft = draft;
        GridPane header = new GridPane();
        header.setHgap(6);
        header.setVgap(4);
        field(header, 0, "I_d", "unitId", draft.id, null, readOnly);
        field(header, 1, "Co_de", "unitCode", draft.code, "unit code", readOnly);
        field(header, 2, "_Title", "unitTitle", draft.title, "title", readOnly);
        field(header, 3, "Awarding _body", "unitBody", draft.awardingBody, "awarding body", readOnly);
        field(header, 4, "_Level", "unitLevel", draft.level, "level", readOnly);
        field(header, 5, "C_redit value", "unitCredit", draft.creditValue, "credit value", readOnly);
        field(header, 6, "_Guided learning hours", "unitHours", draft.guidedLearningHours, "guided learning hours", readOnly);
        field(header, 7, "_What is missing", "unitMissing", draft.incomplete, null, readOnly);

        grid.setId("unitGrid");
        grid.setItems(draft.lines);
        grid.setEditable(true);
        grid.editableProperty().bind(javafx.beans.binding.Bindings.not(readOnly));
        grid.setPrefHeight(260);
        TableColumn<DraftLine, String> number = new TableColumn<>("No.");
        number.setPrefWidth(60);
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper((c.getValue().outcome() ? "LO " : "  ") + c.getValue().number()));
        number.setCellFactory(TextFieldTableCell.forTableColumn());
        number.setOnEditCommit(e -> replace(e.getTablePosition().getRow(),
                e.getRowValue().withNumber(e.getNewValue().replaceFirst("^\\s*LO\\s*", "").strip())));
        TableColumn<DraftLine, String> text = new TableColumn<>("Learning outcome / assessment criterion");
        text.setPrefWidth(430);
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        text.setCellFactory(TextFieldTableCell.forTableColumn());
        text.setOnEditCommit(e -> replace(e.getTablePosition().getRow(), e.getRowValue().withText(e.getNewValue())));
        TableColumn<DraftLine, Boolean> partial = new TableColumn<>("Text incomplete");
        partial.setCellValueFactory(c -> {
            SimpleBooleanProperty value = new SimpleBooleanProperty(c.getValue().incomplete());
            value.addListener((o, was, now) -> replace(draft.lines.indexOf(c.getValue()), c.getValue().withIncomplete(now)));
            return value;
        });
        partial.setCellFactory(CheckBoxTableCell.forTableColumn(partial));
        grid.getColumns().setAll(List.of(number, text, partial));
        VBox.setVgrow(grid, Priority.ALWAYS);

        HBox buttons = new HBox(6,
                button("Add _outcome", "addOutcome", () -> select(draft.add(true, selected())), readOnly),
                button("Add c_riterion", "addCriterion", () -> select(draft.add(false, selected())), readOnly),
                button("Re_move", "removeLine", () -> remove(), readOnly),
                button("Move _up", "moveUp", () -> move(-1), readOnly),
                button("Move dow_n", "moveDown", () -> move(1), readOnly),
                button("Re_number", "renumber", draft::renumber, readOnly));

        TextArea notes = new TextArea();
        notes.setId("unitNotes");
        notes.setPromptText("Transcription notes: every correction made while copying, one per line");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(draft.notes);
        notes.editableProperty().bind(javafx.beans.binding.Bindings.not(readOnly));

        ListView<String> problems = new ListView<>(draft.problems);
        problems.setId("unitProblems");
        problems.setPrefHeight(70);
        problems.setPlaceholder(new Label("Nothing stops this unit being saved."));
        Label problemsHeading = new Label("To put right before saving:");
        getChildren().addAll(header, new Label("Learning outcomes and assessment criteria (double-click to correct):"),
                grid, buttons, new Label("Transcription notes:"), notes, problemsHeading, problems);
    }

    private void field(GridPane header, int row, String label, String id, StringProperty value, String found,
                       ObservableBooleanValue readOnly) {
        Label name = new Label(label);
        name.setMnemonicParsing(true);
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(36);
        field.textProperty().bindBidirectional(value);
        field.editableProperty().bind(javafx.beans.binding.Bindings.not(readOnly));
        name.setLabelFor(field);
        Label mark = new Label();
        mark.setId(id + "NotFound");
        mark.getStyleClass().add("warning");
        if (found != null) {
            Runnable update = () -> {
                boolean missing = draft.notFound.contains(found) && value.get().isBlank();
                mark.setText(missing ? "\u26a0 not found in the text: give it, or leave it blank as not known" : "");
            };
            draft.notFound.addListener((javafx.collections.ListChangeListener<String>) c -> update.run());
            value.addListener(o -> update.run());
            update.run();
        }
        header.addRow(row, name, field, mark);
    }

    private static Button button(String label, String id, Runnable action, ObservableBooleanValue readOnly) {
        Button button = new Button(label);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.disableProperty().bind(readOnly);
        button.setOnAction(e -> action.run());
        return button;
    }

    private int selected() {
        int i = grid.getSelectionModel().getSelectedIndex();
        return i < 0 ? draft.lines.size() - 1 : i;
    }

    private void select(int index) {
        grid.getSelectionModel().select(index);
        grid.scrollTo(index);
    }

    private void replace(int index, DraftLine line) {
        if (index >= 0 && index < draft.lines.size() && !draft.lines.get(index).equals(line)) {
            draft.lines.set(index, line);
        }
    }

    private void remove() {
        int i = grid.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            draft.lines.remove(i);
        }
    }

    private void move(int by) {
        int i = grid.getSelectionModel().getSelectedIndex();
        draft.move(i, by);
        if (i + by >= 0 && i + by < draft.lines.size()) {
            select(i + by);
        }
    }
}
