package ers.ui;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.UkDates;
import ers.portfolio.seal.SignOff;
import ers.text.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/**
 * The portfolio's units, each with its coverage and sign-off state. The list holds unit ids, so
 * that ticking a cell redraws the entry without disturbing the selection.
 */
public final class UnitList {

    private final EditorModel model;
    private final ListView<String> list = new ListView<>();

    UnitList(EditorModel model) {
        this.model = model;
        list.setId("unitList");
        list.setAccessibleText("Units of the portfolio");
        list.setCellFactory(v -> new UnitCell());
    }

    ListView<String> view() {
        return list;
    }

    /** Follows the portfolio; keeps the selected unit while it is still there, else selects the first. */
    void show(Portfolio portfolio) {
        String selected = list.getSelectionModel().getSelectedItem();
        List<String> ids = portfolio == null ? List.of() : portfolio.units().stream().map(u -> u.spec().id()).toList();
        if (!ids.equals(list.getItems())) {
            list.getItems().setAll(ids);
        }
        list.refresh();
        if (selected != null && ids.contains(selected)) {
            list.getSelectionModel().select(selected);
        } else if (!ids.isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** Shows the unit {@code id}, e.g. one just added. */
    public void select(String id) {
        list.getSelectionModel().select(id);
    }

    /** {@code 12/27 covered}, as the list and its accessible text say. */
    static String coverage(PortfolioUnit unit) {
        int total = unit.spec().criteria().size();
        return (total - unit.uncovered().size()) + "/" + Plural.criteria(total) + " covered";
    }

    static String signOff(Portfolio portfolio, PortfolioUnit unit) {
        return SignOff.of(portfolio, unit).summary();
    }

    private final class UnitCell extends ListCell<String> {

        private final Label title = new Label();
        private final Label status = new Label();
        private final Label warning = new Label();
        private final VBox box = new VBox(2, title, status, warning);

        UnitCell() {
            title.getStyleClass().add("unit-title");
            title.setWrapText(true);
            // Wrapped to the list's width, which the user may change.
            title.maxWidthProperty().bind(list.widthProperty().subtract(30));
            status.getStyleClass().add("unit-status");
            status.setWrapText(true);
            status.maxWidthProperty().bind(title.maxWidthProperty());
            warning.getStyleClass().add("warning");
            warning.setWrapText(true);
            warning.maxWidthProperty().bind(title.maxWidthProperty());
        }

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            Portfolio portfolio = model.portfolio();
            PortfolioUnit unit = empty || id == null || portfolio == null ? null : portfolio.unit(id).orElse(null);
            if (unit == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            title.setText(unit.spec().code() + "  " + unit.spec().displayTitle());
            int uncovered = unit.uncovered().size();
            status.setText(coverage(unit) + " \u00b7 " + signOff(portfolio, unit));
            status.getStyleClass().remove("incomplete");
            if (uncovered > 0) {
                status.getStyleClass().add("incomplete");
            }
            List<String> marks = new ArrayList<>();
            if (unit.spec().isExpiredOn(LocalDate.now())) {
                marks.add("\u26a0 Expired " + UkDates.format(unit.spec().expiryDate())
                        + ": check it may still be certificated");
            }
            unit.spec().incompleteNotice().ifPresent(n -> marks.add("\u26a0 " + n));
            warning.setText(marks.isEmpty() ? null : String.join("\n", marks));
            warning.setVisible(!marks.isEmpty());
            warning.setManaged(!marks.isEmpty());
            setGraphic(box);
            setAccessibleText(title.getText() + ", " + status.getText()
                    + (marks.isEmpty() ? "" : ", " + String.join(", ", marks)));
        }
    }
}
