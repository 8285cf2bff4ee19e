package ers.ui.units;

import ers.spec.SpecSection;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The unit's purpose and aim, and the sections after the outcomes table: a list of sections to
 * add to, remove from and reorder (buttons, or Insert, Delete, Ctrl+Up, Ctrl+Down in the list),
 * and the kind, heading and text of the one selected, each line of text one paragraph.
 */
final class SectionsPane extends VBox {

    private final UnitDraft draft;
    private final ListView<DraftSection> list;
    private final ChoiceBox<SpecSection.Kind> kind = new ChoiceBox<>();
    private final TextField heading = new TextField();
    private final TextArea text = new TextArea();
    private final Label problem = new Label();
    private DraftSection shown;

    SectionsPane(UnitDraft draft, ObservableBooleanValue readOnly) {
        super(6);
        setPadding(new Insets(8));
        this.draft = draft;
        TextArea purpose = new TextArea();
        purpose.setId("unitPurpose");
        purpose.setPrefRowCount(3);
        purpose.setWrapText(true);
        purpose.setPromptText("The text under \"Unit purpose and aim\", one paragraph a line");
        purpose.textProperty().bindBidirectional(draft.purpose);
        purpose.editableProperty().bind(Bindings.not(readOnly));
        Label purposeCaption = new Label("_Purpose and aim:");
        purposeCaption.setMnemonicParsing(true);
        purposeCaption.setLabelFor(purpose);

        list = new ListView<>(draft.sections);
        list.setId("unitSections");
        list.setPrefHeight(130);
        list.setPlaceholder(new Label("No sections: Add section gives one."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DraftSection item, boolean empty) {
                super.updateItem(item, empty);
                String found = empty ? null : draft.problemAt.get("section/" + getIndex());
                setText(empty ? null : (item.heading.get().isBlank() ? "(no heading)" : item.heading.get())
                        + "  \u2014 " + DraftSection.describe(item.kind.get()) + (found == null ? "" : "  \u26a0 " + found));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showSection(now));
        list.setOnKeyPressed(e -> {
            if (readOnly.get()) {
                return;
            }
            if (e.getCode() == KeyCode.DELETE) {
                remove();
            } else if (e.getCode() == KeyCode.INSERT) {
                add();
            } else if (e.isControlDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(e.getCode() == KeyCode.UP ? -1 : 1);
            } else {
                return;
            }
            e.consume();
        });
        Label listCaption = new Label("Sections after the outcomes table, in the order printed:");
        listCaption.setLabelFor(list);
        HBox buttons = new HBox(6, FormControls.button("_Add section", "addSection", "Insert", this::add, readOnly),
                FormControls.button("Remove section", "removeSection", "Delete", this::remove, readOnly),
                FormControls.button("Section up", "sectionUp", "Ctrl+Up", () -> move(-1), readOnly),
                FormControls.button("Section down", "sectionDown", "Ctrl+Down", () -> move(1), readOnly));

        kind.setId("sectionKind");
        kind.getItems().setAll(SpecSection.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(SpecSection.Kind k) {
                return k == null ? "" : DraftSection.describe(k);
            }

            @Override
            public SpecSection.Kind fromString(String s) {
                return null;
            }
        });
        heading.setId("sectionHeading");
        text.setId("sectionText");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setPromptText("One paragraph, list item or table row a line (a table's cells joined by \" | \")");
        kind.disableProperty().bind(readOnly);
        heading.editableProperty().bind(Bindings.not(readOnly));
        text.editableProperty().bind(Bindings.not(readOnly));
        problem.setId("sectionProblem");
        problem.getStyleClass().add("warning");
        problem.setWrapText(true);
        draft.problemAt.addListener((MapChangeListener<String, String>) c -> {
            list.refresh();
            showProblem();
        });
        GridPane editor = new GridPane();
        editor.setHgap(6);
        editor.setVgap(4);
        editor.addRow(0, caption("Kind:", kind), kind);
        editor.addRow(1, caption("Heading:", heading), heading);
        editor.addRow(2, caption("Text:", text), text);
        GridPane.setHgrow(heading, Priority.ALWAYS);
        GridPane.setHgrow(text, Priority.ALWAYS);
        VBox.setVgrow(editor, Priority.ALWAYS);
        showSection(null);
        getChildren().addAll(purposeCaption, purpose, listCaption, list, buttons, editor, problem);
    }

    /** Selects the section a problem is about, or the purpose. */
    void show(String place) {
        if (place.startsWith("section/")) {
            int i = Integer.parseInt(place.substring(8));
            list.getSelectionModel().clearAndSelect(i);
            heading.requestFocus();
        }
    }

    /** The editors are bound to the selected section itself, so every keystroke is in the draft at once. */
    private void showSection(DraftSection section) {
        if (shown != null) {
            kind.valueProperty().unbindBidirectional(shown.kind);
            heading.textProperty().unbindBidirectional(shown.heading);
            text.textProperty().unbindBidirectional(shown.text);
        }
        shown = section;
        boolean none = section == null;
        kind.setVisible(!none);
        heading.setDisable(none);
        text.setDisable(none);
        if (none) {
            heading.setText("");
            text.setText("");
        } else {
            kind.valueProperty().bindBidirectional(section.kind);
            heading.textProperty().bindBidirectional(section.heading);
            text.textProperty().bindBidirectional(section.text);
        }
        showProblem();
    }

    private void showProblem() {
        int i = list.getSelectionModel().getSelectedIndex();
        String found = i < 0 ? null : draft.problemAt.get("section/" + i);
        problem.setText(found == null ? "" : "\u26a0 " + found);
    }

    private void add() {
        int at = list.getSelectionModel().getSelectedIndex() + 1;
        at = at <= 0 ? draft.sections.size() : at;
        draft.sections.add(at, new DraftSection(SpecSection.Kind.ADDITIONAL_INFORMATION, "Additional information", ""));
        list.getSelectionModel().clearAndSelect(at);
        heading.requestFocus();
        heading.selectAll();
    }

    private void remove() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            draft.sections.remove(i);
            if (!draft.sections.isEmpty()) {
                list.getSelectionModel().clearAndSelect(Math.min(i, draft.sections.size() - 1));
            }
        }
    }

    private void move(int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        int to = i + by;
        if (i < 0 || to < 0 || to >= draft.sections.size()) {
            return;
        }
        draft.sections.add(to, draft.sections.remove(i));
        list.getSelectionModel().clearAndSelect(to);
    }

    private static Label caption(String text, javafx.scene.Node node) {
        Label label = new Label(text);
        label.setLabelFor(node);
        return label;
    }

}
