package ers.ui.grid;

import java.util.List;
import javafx.event.Event;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

    public TextCell(boolean editNext) {
        this.editNext = editNext;
    }

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
                if (!focused && isEditing()) {
                    commitEdit(field.getText());
                }
            });
        }
        field.setText(before);
        setText(null);
        setGraphic(field);
        field.selectAll();
        field.requestFocus();
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER) {
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
        boolean keep = !escaped && isEditing() && typed != null && !typed.equals(before);
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
