package ers.ui.sign;

import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.SignatureJudge;
import ers.portfolio.UkDates;
import ers.portfolio.seal.SealedHistory;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ContentDisplay;
import javafx.scene.text.Text;

/** A unit's history of signing, reopening and voiding, oldest first, read-only. */
public final class HistoryView extends TableView<HistoryView.Row> {

    /** An entry and whether a valid seal vouches for it, in the words every report uses. */
    record Row(HistoryEntry entry, String seal) {
    }

    public HistoryView() {
        setId("historyView");
        setPlaceholder(new Label("Nothing signed yet"));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("When (UK)", 135, 135, r -> UkDates.formatDateTime(r.entry().at())));
        getColumns().add(column("What", 70, 60, r -> r.entry().action().key()));
        getColumns().add(column("Role", 140, 100, r -> r.entry().role() == null ? "" : r.entry().role().label()));
        getColumns().add(column("Who", 130, 100, r -> r.entry().name() == null ? "" : r.entry().name()));
        getColumns().add(column("Seal", 120, 90, Row::seal));
        getColumns().add(column("Detail", 300, 150, r -> r.entry().detail() == null ? "" : r.entry().detail()));
    }

    /** The unit's history, each entry's seal judged as the signature lines are. */
    public void show(Portfolio portfolio, PortfolioUnit unit) {
        if (unit == null) {
            setItems(FXCollections.observableArrayList());
            return;
        }
        SealedHistory sealed = SealedHistory.of(portfolio, unit, SignatureJudge.standard());
        List<HistoryEntry> history = unit.history();
        setItems(FXCollections.observableArrayList(IntStream.range(0, history.size())
                .mapToObj(i -> new Row(history.get(i), sealed.sealed(i) ? "sealed" : SealedHistory.NOT_SEALED)).toList()));
    }

    /** A column whose cells wrap rather than cut what they say: a seal's or a sample's words run long. */
    /** @param least below this the column's words would wrap a date or a single word */
    private static TableColumn<Row, String> column(String title, double width, double least, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(least);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setCellFactory(c -> new WrappingCell());
        return column;
    }

    private static final class WrappingCell extends TableCell<Row, String> {

        private final Text text = new Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(10));
            text.fillProperty().bind(textFillProperty());
            setGraphic(text);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            // For lookups and screen readers, which read a cell's text rather than its drawing.
            setText(text.getText());
        }
    }
}
