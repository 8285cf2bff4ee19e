package ers.ui.units;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The outcomes and criteria as one grid to correct, add to, remove from, reorder and renumber
 * (by the buttons, or in the grid: Insert, Delete, Ctrl+Up, Ctrl+Down, F2 to edit), each
 * line's problem beside it, and below the grid the third column of the outcome selected.
 */
final class OutcomesPane extends VBox {

    private final UnitDraft draft;
    private final TableView<DraftLine> grid = new TableView<>();
    private final TextArea guidance = new TextArea();
    private final Label guidanceCaption = new Label();
    /** The outcome line whose third column the text area shows, or -1. */
    private int guidanceLine = -1;
    private boolean showing;

    OutcomesPane(UnitDraft draft, ObservableBooleanValue readOnly) {
        super(6);
        setPadding(new javafx.geometry.Insets(8));
        this.draft = draft;
        grid.setId("unitGrid");
        grid.setItems(draft.lines);
        grid.setEditable(true);
        grid.editableProperty().bind(Bindings.not(readOnly));
        grid.setPrefHeight(300);
        grid.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<DraftLine, String> number = numberColumn();
        TableColumn<DraftLine, String> text = textColumn();
        grid.getColumns().setAll(List.of(number, text, incompleteColumn(), problemColumn()));
        grid.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(DraftLine line, boolean empty) {
                super.updateItem(line, empty);
                // An outcome heads its criteria, as on the specification's table.
                setStyle(!empty && line != null && line.outcome() ? "-fx-font-weight: bold" : "");
            }
        });
        grid.setOnKeyPressed(e -> {
            if (readOnly.get() || grid.getEditingCell() != null) {
                return;
            }
            if (e.getCode() == KeyCode.F2 && grid.getSelectionModel().getSelectedIndex() >= 0) {
                // Rows are selected whole, so F2 says which cell: the text, or with Shift the number.
                grid.edit(grid.getSelectionModel().getSelectedIndex(), e.isShiftDown() ? number : text);
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
            } else if (e.getCode() == KeyCode.INSERT) {
                select(DraftLines.add(draft.lines, e.isShiftDown(), selected()));
            } else if (e.isControlDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                move(e.getCode() == KeyCode.UP ? -1 : 1);
            } else {
                return;
            }
            e.consume();
        });
        draft.problemAt.addListener((MapChangeListener<String, String>) c -> grid.refresh());
        VBox.setVgrow(grid, Priority.ALWAYS);

        HBox buttons = new HBox(6,
                FormControls.button("Add _outcome", "addOutcome", "Shift+Insert", () -> select(DraftLines.add(draft.lines, true, selected())), readOnly),
                FormControls.button("Add criter_ion", "addCriterion", "Insert", () -> select(DraftLines.add(draft.lines, false, selected())), readOnly),
                FormControls.button("Re_move", "removeLine", "Delete", this::remove, readOnly),
                FormControls.button("Move _up", "moveUp", "Ctrl+Up; an outcome moves with its criteria", () -> move(-1), readOnly),
                FormControls.button("Move dow_n", "moveDown", "Ctrl+Down; an outcome moves with its criteria", () -> move(1), readOnly),
                FormControls.button("Renum_ber", "renumber", "Outcomes 1, 2, ... in order, criteria n.1, n.2, ... under each",
                        () -> DraftLines.renumber(draft.lines), readOnly));

        guidance.setId("unitGuidance");
        guidance.setPrefRowCount(5);
        guidance.setWrapText(true);
        guidance.setPromptText("One paragraph or list item a line; start an item with \"\u2022 \" where the specification prints a bullet");
        guidance.editableProperty().bind(Bindings.not(readOnly));
        guidanceCaption.setLabelFor(guidance);
        guidance.textProperty().addListener((o, was, now) -> keepGuidance(now));
        grid.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> showGuidance());
        draft.lines.addListener((javafx.collections.ListChangeListener<DraftLine>) c -> {
            if (!showing) {
                showGuidance();
            }
        });
        showGuidance();
        getChildren().addAll(new Label("Learning outcomes and assessment criteria (double-click a cell, or F2 for the text and Shift+F2 for the number, to correct it):"),
                grid, buttons, guidanceCaption, guidance);
    }

    /** Selects the line a problem is about. */
    void show(String place) {
        if (place.startsWith("line/")) {
            select(Integer.parseInt(place.substring(5)));
        }
        grid.requestFocus();
    }

    private TableColumn<DraftLine, String> numberColumn() {
        TableColumn<DraftLine, String> number = new TableColumn<>("No.");
        number.setPrefWidth(60);
        number.setMaxWidth(90);
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper((c.getValue().outcome() ? "LO " : "  ") + c.getValue().number()));
        number.setCellFactory(TextFieldTableCell.forTableColumn());
        number.setOnEditCommit(e -> replace(e.getTablePosition().getRow(),
                e.getRowValue().withNumber(e.getNewValue().replaceFirst("^\\s*LO\\s*", "").strip())));
        return number;
    }

    private TableColumn<DraftLine, String> textColumn() {
        TableColumn<DraftLine, String> text = new TableColumn<>("Learning outcome / assessment criterion");
        text.setPrefWidth(430);
        text.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().text()));
        text.setCellFactory(c -> new TextFieldTableCell<>(new javafx.util.converter.DefaultStringConverter()) {
            @Override
            public void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
            }
        });
        text.setOnEditCommit(e -> replace(e.getTablePosition().getRow(), e.getRowValue().withText(e.getNewValue())));
        return text;
    }

    private TableColumn<DraftLine, Boolean> incompleteColumn() {
        TableColumn<DraftLine, Boolean> partial = new TableColumn<>("Incomplete");
        partial.setPrefWidth(80);
        partial.setMaxWidth(120);
        partial.setCellValueFactory(c -> {
            SimpleBooleanProperty value = new SimpleBooleanProperty(c.getValue().incomplete());
            value.addListener((o, was, now) -> replace(draft.lines.indexOf(c.getValue()), c.getValue().withIncomplete(now)));
            return value;
        });
        partial.setCellFactory(CheckBoxTableCell.forTableColumn(partial));
        return partial;
    }

    /** What is wrong with the line, where the user typed it. */
    private TableColumn<DraftLine, String> problemColumn() {
        TableColumn<DraftLine, String> problem = new TableColumn<>("To put right");
        problem.setPrefWidth(150);
        problem.setEditable(false);
        problem.setCellValueFactory(c -> new ReadOnlyStringWrapper(""));
        problem.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                String found = empty ? null : draft.problemAt.get("line/" + getIndex());
                setText(found == null ? null : "\u26a0 " + found);
                setTooltip(found == null ? null : new Tooltip(found));
                getStyleClass().remove("warning");
                if (found != null) {
                    getStyleClass().add("warning");
                }
            }
        });
        return problem;
    }

    private void showGuidance() {
        int line = DraftLines.outcomeOf(draft.lines, Math.max(grid.getSelectionModel().getSelectedIndex(), 0));
        guidanceLine = line;
        showing = true;
        try {
            if (line < 0) {
                guidanceCaption.setText("Third column: select a learning outcome or one of its criteria");
                guidance.setText("");
                guidance.setDisable(true);
            } else {
                DraftLine outcome = draft.lines.get(line);
                guidanceCaption.setText("Third column of learning outcome " + outcome.number()
                        + " (exemplification, knowledge or teaching content), one paragraph or item a line:");
                String now = Paragraphs.text(outcome.guidance());
                if (!Paragraphs.of(guidance.getText()).equals(outcome.guidance())) {
                    guidance.setText(now);
                }
                guidance.setDisable(false);
            }
        } finally {
            showing = false;
        }
    }

    /** Each keystroke in the third column is kept in the outcome at once, so no way of leaving the form loses it. */
    private void keepGuidance(String text) {
        if (showing || guidanceLine < 0 || guidanceLine >= draft.lines.size()) {
            return;
        }
        DraftLine outcome = draft.lines.get(guidanceLine);
        List<String> items = Paragraphs.of(text);
        if (!items.equals(outcome.guidance())) {
            int selected = grid.getSelectionModel().getSelectedIndex();
            showing = true;
            try {
                draft.lines.set(guidanceLine, outcome.withGuidance(items));
                grid.getSelectionModel().select(selected);
            } finally {
                showing = false;
            }
        }
    }


    private int selected() {
        int i = grid.getSelectionModel().getSelectedIndex();
        return i < 0 ? draft.lines.size() - 1 : i;
    }

    private void select(int index) {
        if (index >= 0 && index < draft.lines.size()) {
            grid.getSelectionModel().clearAndSelect(index);
            grid.getFocusModel().focus(index);
            grid.scrollTo(index);
        }
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
            select(Math.min(i, draft.lines.size() - 1));
        }
    }

    private void move(int by) {
        int i = grid.getSelectionModel().getSelectedIndex();
        select(DraftLines.move(draft.lines, i, by));
    }
}
