package ers.ui.grid;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.event.Event;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text cell that keeps what was typed: Enter, Tab and leaving the cell (a click elsewhere) all
 * commit, only Escape cancels. Tab then moves to the next column, editing it too when
 * {@code editNext} (a form such as the method key) or only putting the cursor there (the grid).
 * The keyboard stays in the table once the edit ends.
 */
public class TextCell<S> extends TableCell<S, String> {

    private final boolean editNext;
    private TextField field;
    private boolean escaped;
    /** The row being edited: by the time the table cancels the edit, the cell may already show another. */
    private int editing = -1;
    private String before;
    private Function<String, Optional<String>> refusal = text -> Optional.empty();
    private Consumer<String> say = words -> { };

    public TextCell(boolean editNext) {
        this.editNext = editNext;
    }

    /**
     * Text this cell does not commit, and where it says why: Enter and Tab then leave the cell
     * editing, marked, with the typed text, so the user can mend what they typed where they typed it.
     */
    public void refuseWhen(Function<String, Optional<String>> refusal, Consumer<String> say) {
        this.refusal = refusal;
        this.say = say;
    }

    /** Whether the text is refused; says why and marks the field when it is. */
    private boolean refused(String text) {
        Optional<String> why = refusal.apply(text);
        field.getStyleClass().remove(REFUSED);
        field.setTooltip(null);
        if (why.isPresent()) {
            field.getStyleClass().add(REFUSED);
            field.setTooltip(new Tooltip(why.get()));
            say.accept(why.get());
        }
        return why.isPresent();
    }

    static final String REFUSED = "refused";

    @Override
    public void startEdit() {
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        escaped = false;
        editing = getIndex();
        before = getItem() == null ? "" : getItem();
        if (field == null) {
            field = new TextField();
            field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
            field.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused && isEditing() && !refused(field.getText())) {
                    commitEdit(field.getText());
                }
            });
        }
        field.getStyleClass().remove(REFUSED);
        field.setTooltip(null);
        field.setText(before);
        setText(null);
        setGraphic(field);
        field.selectAll();
        field.requestFocus();
    }

    private void onKey(KeyEvent e) {
        if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.TAB) && refused(field.getText())) {
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER) {
            commitEdit(field.getText());
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            escaped = true;
            cancelEdit();
            e.consume();
        } else if (e.getCode() == KeyCode.TAB) {
            TableView<S> table = getTableView();
            int row = getIndex();
            TableColumn<S, ?> next = neighbour(e.isShiftDown() ? -1 : 1);
            commitEdit(field.getText());
            e.consume();
            if (next != null) {
                table.getSelectionModel().clearAndSelect(row, next);
                table.getFocusModel().focus(row, next);
                if (editNext) {
                    // The commit may have replaced the row's item; its cells are ready to edit after a layout.
                    table.layout();
                    table.edit(row, next);
                }
            }
        }
    }

    private TableColumn<S, ?> neighbour(int step) {
        List<TableColumn<S, ?>> leaves = getTableView().getVisibleLeafColumns();
        int at = leaves.indexOf(getTableColumn()) + step;
        return at >= 0 && at < leaves.size() ? leaves.get(at) : null;
    }

    @Override
    public void commitEdit(String text) {
        keepKeyboardInTable();
        super.commitEdit(text);
    }

    @Override
    public void cancelEdit() {
        String typed = field == null ? null : field.getText();
        // What the user typed and then clicked away from is kept, unless it is refused: then the status line says why.
        boolean keep = !escaped && isEditing() && typed != null && !typed.equals(before) && !refused(typed);
        TableView<S> table = getTableView();
        TableColumn<S, String> column = getTableColumn();
        int row = editing;
        keepKeyboardInTable();
        super.cancelEdit();
        showItem(getItem());
        if (keep && table != null && column != null && row >= 0 && row < table.getItems().size()) {
            // The table ended the edit itself (a click on another cell): what was typed is kept.
            Event.fireEvent(column, new TableColumn.CellEditEvent<>(table, new TablePosition<>(table, row, column),
                    TableColumn.editCommitEvent(), typed));
        }
    }

    /** The field is about to leave the scene; without this the keyboard would jump to the first control of the window. */
    private void keepKeyboardInTable() {
        if (field != null && field.isFocused() && getTableView() != null) {
            getTableView().requestFocus();
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing()) {
            setText(null);
            setGraphic(field);
        } else {
            showItem(item);
        }
    }

    private void showItem(String item) {
        setText(item);
        setGraphic(null);
    }
}
