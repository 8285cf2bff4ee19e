package ers.ui.sign;

import ers.portfolio.HistoryEntry;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.UkDates;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** A unit's history of signing, reopening and voiding, oldest first, read-only. */
public final class HistoryView extends TableView<HistoryEntry> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public HistoryView() {
        setId("historyView");
        setPlaceholder(new Label("Nothing signed yet"));
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getColumns().add(column("When", 130, e -> {
            var local = e.at().atZone(ZoneId.systemDefault());
            return UkDates.format(local.toLocalDate()) + " " + TIME.format(local);
        }));
        getColumns().add(column("What", 80, e -> e.action().key()));
        getColumns().add(column("Role", 150, e -> e.role() == null ? "" : e.role().label()));
        getColumns().add(column("Who", 140, e -> e.name() == null ? "" : e.name()));
        getColumns().add(column("Detail", 300, e -> e.detail() == null ? "" : e.detail()));
    }

    public void show(PortfolioUnit unit) {
        setItems(FXCollections.observableArrayList(unit == null ? List.of() : unit.history()));
    }

    private static TableColumn<HistoryEntry, String> column(String title, double width,
                                                            Function<HistoryEntry, String> value) {
        TableColumn<HistoryEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
