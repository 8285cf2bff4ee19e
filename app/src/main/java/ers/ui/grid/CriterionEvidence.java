package ers.ui.grid;

import ers.portfolio.EvidenceRow;
import ers.spec.Criterion;
import ers.text.Plural;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The evidence covering one criterion, listed from the criterion's side of the grid: opened by a
 * click on the criterion's count, or Ctrl+Enter in its column. Enter or a click on a line goes to
 * that row; "Show only these rows" filters the grid to them; Escape closes.
 */
final class CriterionEvidence {

    private final Popup popup = new Popup();
    private final ListView<EvidenceRow> list = new ListView<>();
    private final Button close = new Button("Close");

    /**
     * @param goTo   puts the cursor on the row given, in this criterion's column
     * @param filter shows only the rows covering this criterion
     */
    CriterionEvidence(Criterion criterion, List<EvidenceRow> covering, Consumer<EvidenceRow> goTo, Runnable filter) {
        Label heading = new Label(criterion.number() + "  " + criterion.text());
        heading.setId("criterionEvidenceHeading");
        heading.getStyleClass().add("unit-title");
        heading.setWrapText(true);
        heading.setMaxWidth(460);
        Label count = new Label(covering.isEmpty() ? "No evidence covers " + criterion.number() + " yet."
                : Plural.of(covering.size(), "row") + " of evidence cover" + (covering.size() == 1 ? "s " : " ")
                        + criterion.number() + ":");
        count.setId("criterionEvidenceCount");

        list.setId("criterionEvidence");
        list.getItems().setAll(covering);
        list.setCellFactory(v -> new Line(list));
        // Titles wrap rather than scroll sideways: room for two lines each, six rows before the list scrolls.
        list.setPrefHeight(Math.max(1, Math.min(covering.size(), 6)) * 44 + 4);
        list.setPrefWidth(460);
        list.setAccessibleText("Evidence covering " + criterion.number() + ": Enter goes to the row, Escape closes");
        list.getSelectionModel().selectFirst();
        list.setVisible(!covering.isEmpty());
        list.setManaged(!covering.isEmpty());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                go(list.getSelectionModel().getSelectedItem(), goTo);
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getTarget() instanceof Node node
                    && cellOf(node) instanceof Line line && line.getItem() != null) {
                go(line.getItem(), goTo);
            }
        });

        Label help = new Label(covering.isEmpty() ? "Esc closes" : "Enter goes to the row \u00b7 Esc closes");
        help.getStyleClass().add("picker-help");
        Button only = new Button("Show only these rows");
        only.setId("filterToCriterionButton");
        only.setDisable(covering.isEmpty());
        only.setOnAction(e -> {
            popup.hide();
            filter.run();
        });
        close.setId("closeCriterionEvidence");
        close.setOnAction(e -> popup.hide());
        HBox buttons = new HBox(6, help, only, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(6, heading, count, list, buttons);
        box.setPadding(new Insets(8));
        box.setId("criterionEvidencePopup");
        box.getStyleClass().add("method-picker");
        box.getStylesheets().add(CriterionEvidence.class.getResource("/ers/ui/editor.css").toExternalForm());
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    private void go(EvidenceRow row, Consumer<EvidenceRow> goTo) {
        popup.hide();
        goTo.accept(row);
    }

    private static ListCell<?> cellOf(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof ListCell<?> cell) {
                return cell;
            }
        }
        return null;
    }

    void showBelow(Node anchor) {
        Bounds at = anchor.localToScreen(anchor.getLayoutBounds());
        popup.show(anchor, at.getMinX(), at.getMaxY());
        (list.isVisible() ? list : close).requestFocus();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** A row as the list shows it: reference, title (wrapped) and methods. */
    private static final class Line extends ListCell<EvidenceRow> {

        Line(ListView<EvidenceRow> list) {
            setWrapText(true);
            prefWidthProperty().bind(list.widthProperty().subtract(24));
            setMaxWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(EvidenceRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : row.reference() + "   " + (row.title().isBlank() ? "(no title)" : row.title())
                    + (row.methods().isEmpty() ? "" : "   (" + String.join(", ", row.methods()) + ")"));
        }
    }
}
