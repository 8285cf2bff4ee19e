package ers.ui;

import ers.json.Problem;
import ers.portfolio.UkDates;
import ers.spec.CatalogEntry;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A searchable list of the catalogue's units to tick: bundled and the user's own, expired ones
 * flagged, and any unit file that could not be read listed above the list rather than hidden.
 */
final class UnitPicker {

    private final Set<CatalogEntry> chosen = new LinkedHashSet<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final VBox view;

    UnitPicker(UnitCatalog catalog, Set<String> present) {
        TextField search = new TextField();
        search.setId("unitSearch");
        search.setPromptText("Search units by code, number or title");
        search.setAccessibleText("Search units");
        FilteredList<CatalogEntry> shown = new FilteredList<>(FXCollections.observableArrayList(
                catalog.entries().stream().filter(e -> !present.contains(e.spec().id())).toList()));
        search.textProperty().addListener((obs, was, text) -> shown.setPredicate(e -> matches(e.spec(), text)));
        ListView<CatalogEntry> list = new ListView<>(shown);
        list.setId("unitChoices");
        list.setAccessibleText("Units to choose from");
        list.setPrefHeight(220);
        list.setCellFactory(v -> new EntryCell());
        // The list, not a cell, has the keyboard: Space ticks or unticks the unit under its cursor,
        // which Tab into the list puts on the first unit before anything is selected.
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            CatalogEntry at = list.getFocusModel().getFocusedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && at != null) {
                list.getSelectionModel().select(at);
                if (!chosen.remove(at)) {
                    chosen.add(at);
                }
                count.set(chosen.size());
                list.refresh();
                e.consume();
            }
        });
        view = new VBox(6);
        if (!catalog.problems().isEmpty()) {
            // One file may have several problems; the user counts files.
            long files = catalog.problems().stream().map(Problem::file).distinct().count();
            Label problems = new Label((files == 1 ? "1 of your unit files could not be read and is"
                    : files + " of your unit files could not be read and are") + " not offered:\n" + catalog.problems().stream().map(Problem::toString)
                    .collect(Collectors.joining("\n")));
            problems.setId("catalogProblems");
            problems.getStyleClass().add("field-problem");
            problems.setWrapText(true);
            view.getChildren().add(problems);
        }
        view.getChildren().addAll(search, list);
    }

    VBox view() {
        return view;
    }

    List<UnitSpec> chosen() {
        return chosen.stream().map(CatalogEntry::spec).toList();
    }

    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    private static boolean matches(UnitSpec spec, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String haystack = String.join(" ", spec.code(), spec.displayTitle(), String.valueOf(spec.ocrUnitNumber()),
                String.valueOf(spec.unitReferenceNumber())).toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private final class EntryCell extends ListCell<CatalogEntry> {

        private final CheckBox box = new CheckBox();
        private final Label title = new Label();
        private final Label note = new Label();
        private final HBox graphic = new HBox(8, box, new VBox(2, title, note));

        EntryCell() {
            title.setWrapText(true);
            title.setMaxWidth(560);
            note.getStyleClass().add("warning");
            // A click on the box puts the list's cursor on its unit, so Space then acts on the unit clicked.
            box.setFocusTraversable(false);
            addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> {
                if (!isEmpty()) {
                    getListView().getSelectionModel().clearAndSelect(getIndex());
                    getListView().getFocusModel().focus(getIndex());
                    getListView().requestFocus();
                }
            });
            box.setOnAction(e -> {
                if (box.isSelected()) {
                    chosen.add(getItem());
                } else {
                    chosen.remove(getItem());
                }
                count.set(chosen.size());
            });
        }

        @Override
        protected void updateItem(CatalogEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            UnitSpec spec = entry.spec();
            box.setSelected(chosen.contains(entry));
            box.setId("choose-" + spec.id());
            title.setText(spec.code() + "  " + spec.displayTitle() + "  (" + spec.levelAndCredit()
                    + (entry.origin() == CatalogEntry.Origin.USER ? ", your file" : "") + ")");
            List<String> marks = new ArrayList<>();
            if (spec.isExpiredOn(LocalDate.now())) {
                marks.add("\u26a0 Expired " + UkDates.format(spec.expiryDate()));
            }
            spec.incompleteNotice().ifPresent(n -> marks.add("\u26a0 " + n));
            note.setText(marks.isEmpty() ? null : String.join("\n", marks));
            note.setVisible(!marks.isEmpty());
            note.setManaged(!marks.isEmpty());
            box.setAccessibleText(title.getText() + (marks.isEmpty() ? "" : ", " + String.join(", ", marks)));
            setGraphic(graphic);
        }
    }
}
