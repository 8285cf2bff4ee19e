package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import ers.spec.Criterion;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Find (Ctrl+F) above the grid: as the user types, the cursor goes to the first row or criterion
 * that matches ({@link SheetSearch}); Enter or F3 goes to the next, Shift+Enter or Shift+F3 back;
 * Escape closes the bar and leaves the keyboard in the grid at what was found. "No match" is said
 * in words, beside the field.
 */
final class FindBar {

    private final TextField field = new TextField();
    private final Label result = new Label();
    private final HBox bar;
    private final Supplier<List<EvidenceRow>> rows;
    private final Supplier<List<Criterion>> criteria;
    private final Supplier<String> scope;
    private final Function<SheetSearch.Match, String> goTo;
    private final Runnable backToGrid;
    private List<SheetSearch.Match> matches = List.of();
    private int at = -1;

    /**
     * @param rows       the rows the grid shows
     * @param scope      where they are, for "no match": {@code in this unit}
     * @param goTo       puts the cursor on a match; returns a note to add (why it cannot be seen), or null
     * @param backToGrid gives the keyboard back to the grid
     */
    FindBar(Supplier<List<EvidenceRow>> rows, Supplier<List<Criterion>> criteria, Supplier<String> scope,
            Function<SheetSearch.Match, String> goTo, Runnable backToGrid) {
        this.rows = rows;
        this.criteria = criteria;
        this.scope = scope;
        this.goTo = goTo;
        this.backToGrid = backToGrid;
        field.setId("findField");
        field.setPromptText("Reference, words of a title, criterion number or words");
        field.setAccessibleText("Find evidence or criteria: Enter or F3 finds the next, Escape closes");
        field.setPrefColumnCount(24);
        field.textProperty().addListener((obs, was, now) -> search());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        result.setId("findResult");
        result.setMinWidth(0);
        result.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(result, Priority.ALWAYS);
        Button next = new Button("Next (F3)");
        next.setId("findNextButton");
        next.setOnAction(e -> next(1));
        Button close = new Button("Close");
        close.setId("findCloseButton");
        close.setOnAction(e -> close());
        Label label = new Label("Find:");
        label.setLabelFor(field);
        // A long match shortens the result, never the words and buttons the user needs.
        for (javafx.scene.control.Control whole : List.of(label, next, close)) {
            whole.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        field.setMinWidth(160);
        bar = new HBox(6, label, field, next, result, close);
        bar.setId("findBar");
        bar.getStyleClass().add("find-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
    }

    Node bar() {
        return bar;
    }

    /** Opens the bar (or goes back to it) with what was typed last selected, to type over. */
    void open() {
        bar.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    void close() {
        bar.setVisible(false);
        backToGrid.run();
    }

    /** F3 from the grid: the next match of what was typed, opening the bar if there is nothing to find. */
    void findNext(boolean back) {
        if (!bar.isVisible() || field.getText().isBlank()) {
            open();
        } else {
            next(back ? -1 : 1);
        }
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F3) {
            next(e.isShiftDown() ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            close();
            e.consume();
        }
    }

    private void search() {
        matches = SheetSearch.find(field.getText(), rows.get(), criteria.get());
        at = -1;
        next(1);
    }

    private void next(int step) {
        if (field.getText().isBlank()) {
            result.setText("");
            result.getStyleClass().remove("field-problem");
            return;
        }
        if (at >= 0) {
            // Rows and criteria may have changed since the last search: look again, from where the user is.
            List<SheetSearch.Match> again = SheetSearch.find(field.getText(), rows.get(), criteria.get());
            at = Math.min(at, again.size() - 1);
            matches = again;
        }
        if (matches.isEmpty()) {
            result.setText("No match for \u201c" + field.getText().trim() + "\u201d " + scope.get() + ".");
            if (!result.getStyleClass().contains("field-problem")) {
                result.getStyleClass().add("field-problem");
            }
            return;
        }
        result.getStyleClass().remove("field-problem");
        at = Math.floorMod(at + step, matches.size());
        SheetSearch.Match match = matches.get(at);
        String note = goTo.apply(match);
        result.setText((at + 1) + " of " + matches.size() + ": " + match.words() + (note == null ? "" : " \u2014 " + note));
    }
}
