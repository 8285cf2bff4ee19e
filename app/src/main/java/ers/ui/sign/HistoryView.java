package ers.ui.sign;

import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.SignatureJudge;
import ers.portfolio.UkDates;
import ers.portfolio.seal.SealedHistory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A unit's history of signing, reopening and voiding, oldest first, read-only. */
public final class HistoryView extends TableView<HistoryView.Row> {

    /** An entry and whether a valid seal vouches for it, in the words every report uses. */
    record Row(HistoryEntry entry, String seal) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public HistoryView() {
        setId("historyView");
        setPlaceholder(new Label("Nothing signed yet"));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("When", 130, r -> {
            var local = r.entry().at().atZone(ZoneId.systemDefault());
            return UkDates.format(local.toLocalDate()) + " " + TIME.format(local);
        }));
        getColumns().add(column("What", 80, r -> r.entry().action().key()));
        getColumns().add(column("Role", 150, r -> r.entry().role() == null ? "" : r.entry().role().label()));
        getColumns().add(column("Who", 140, r -> r.entry().name() == null ? "" : r.entry().name()));
        getColumns().add(column("Seal", 150, Row::seal));
        getColumns().add(column("Detail", 300, r -> r.entry().detail() == null ? "" : r.entry().detail()));
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

    private static TableColumn<Row, String> column(String title, double width, Function<Row, String> value) {
        TableColumn<Row, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
