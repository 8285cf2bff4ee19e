package ers.ui.verify;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Person;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.SamplingRecord;
import ers.portfolio.SamplingRecord.Outcome;
import ers.portfolio.SamplingRecord.Sampler;
import ers.spec.Criterion;
import ers.ui.ReadOnlySheet;
import ers.ui.sign.FormWindow;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A verifier's sample of one sheet: who (internal or external verifier), which evidence rows and
 * criteria (those marked on the grid chosen already), the outcome and a comment. It signs
 * nothing; the sheet's IV initials line prints from the internal verifier's latest sample.
 */
final class SamplePane extends VBox {

    /** What the form starts with: the rows and criteria marked on the grid, and who sampled last in this window. */
    record Start(ReadOnlySheet.Marked marked, Sampler by, String name) {
    }

    private final Label message = new Label();

    SamplePane(Portfolio portfolio, PortfolioUnit unit, Start start, Clock clock,
               Consumer<SamplingRecord> record, Runnable cancel) {
        setId("samplePane");
        setSpacing(8);
        setPadding(new Insets(12));
        setPrefWidth(520);
        Label heading = new Label("Sample: " + unit.spec().sheetTitle());
        heading.setStyle("-fx-font-weight: bold;");
        heading.setWrapText(true);

        ChoiceBox<Sampler> by = new ChoiceBox<>();
        by.setId("sampleBy");
        by.getItems().addAll(Sampler.values());
        by.setConverter(FormWindow.shownAs(Sampler::label));
        TextField name = new TextField();
        name.setId("sampleName");
        by.valueProperty().addListener((o, was, now) -> {
            Person iv = portfolio.people().internalVerifier();
            name.setText(now == Sampler.INTERNAL_VERIFIER && iv != null ? iv.name() : "");
        });
        by.setValue(start.by() == null ? Sampler.INTERNAL_VERIFIER : start.by());
        if (start.name() != null && start.by() == by.getValue()) {
            name.setText(start.name());
        }

        ListView<EvidenceRow> rows = new ListView<>();
        rows.setId("sampleRows");
        rows.getItems().setAll(unit.evidence());
        rows.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        rows.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(EvidenceRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.reference() + "  " + row.title());
            }
        });
        rows.setPrefHeight(130);
        unit.evidence().stream().filter(r -> start.marked().evidenceIds().contains(r.id()))
                .forEach(r -> rows.getSelectionModel().select(r));
        ListView<String> criteria = new ListView<>();
        criteria.setId("sampleCriteria");
        criteria.getItems().setAll(unit.spec().criteria().stream().map(Criterion::number).toList());
        criteria.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        criteria.setPrefHeight(130);
        start.marked().criteria().forEach(c -> criteria.getSelectionModel().select(c));
        scrollToFirstChosen(rows);
        scrollToFirstChosen(criteria);
        ChoiceBox<Outcome> outcome = new ChoiceBox<>();
        outcome.setId("sampleOutcome");
        outcome.getItems().addAll(Outcome.values());
        outcome.setConverter(FormWindow.shownAs(Outcome::label));
        outcome.setValue(Outcome.AGREED);
        TextArea comment = new TextArea();
        comment.setId("sampleComment");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        comment.setPromptText("What you checked and found (kept in the history)");

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Sampled by"), by);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, new Label("Evidence"), rows);
        form.addRow(3, new Label("Criteria"), criteria);
        form.addRow(4, new Label("Outcome"), outcome);
        form.addRow(5, new Label("Comment"), comment);
        ColumnConstraints labels = new ColumnConstraints();
        // The lists are wide; the words naming them must not be squeezed to "...".
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(labels, fields);
        message.setId("sampleMessage");
        message.setWrapText(true);
        message.setMaxWidth(490);
        message.setStyle("-fx-text-fill: #a00;");
        Button save = new Button("Record the sample");
        save.setId("recordSample");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            List<String> rowIds = rows.getSelectionModel().getSelectedItems().stream().map(EvidenceRow::id).toList();
            List<String> numbers = List.copyOf(criteria.getSelectionModel().getSelectedItems());
            if (name.getText().isBlank()) {
                message.setText("Give your name: the sample is kept under it.");
            } else if (rowIds.isEmpty() && numbers.isEmpty()) {
                message.setText("Choose the evidence or the criteria you sampled.");
            } else if (outcome.getValue() != Outcome.AGREED && comment.getText().isBlank()) {
                message.setText("Say what is not agreed or what action is needed.");
            } else {
                record.accept(new SamplingRecord(clock.instant(), by.getValue(), name.getText().strip(), rowIds, numbers,
                        outcome.getValue(), comment.getText().isBlank() ? null : comment.getText().strip()));
            }
        });
        getChildren().addAll(heading, form, message, FormWindow.buttons(cancel, save));
    }

    private static void scrollToFirstChosen(ListView<?> list) {
        if (!list.getSelectionModel().getSelectedIndices().isEmpty()) {
            list.scrollTo(list.getSelectionModel().getSelectedIndices().get(0));
        }
    }
}
