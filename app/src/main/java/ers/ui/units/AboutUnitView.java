package ers.ui.units;

import ers.spec.UnitSpec;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** About this unit: its header as the specification gives it, what is incomplete, and its transcription notes. */
public final class AboutUnitView extends VBox {

    public AboutUnitView(UnitSpec unit) {
        super(6);
        setPadding(new Insets(10));
        Label title = new Label(unit.sheetTitle());
        title.setId("aboutTitle");
        title.setWrapText(true);
        title.setStyle("-fx-font-weight: bold");
        Label facts = new Label(facts(unit));
        facts.setId("aboutFacts");
        facts.setWrapText(true);
        Label incomplete = new Label(unit.incompleteNotice().map(n -> "\u26a0 " + n).orElse("The specification is complete."));
        incomplete.setId("aboutIncomplete");
        incomplete.setWrapText(true);
        ListView<String> notes = new ListView<>(FXCollections.observableArrayList(unit.transcriptionNotes()));
        notes.setId("aboutNotes");
        notes.setPlaceholder(new Label("No corrections were recorded: the text was copied as printed."));
        notes.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        VBox.setVgrow(notes, Priority.ALWAYS);
        getChildren().addAll(title, facts, incomplete, new Label("Transcription notes (corrections made while copying):"), notes);
    }

    private static String facts(UnitSpec u) {
        List<String> facts = new ArrayList<>();
        facts.add("Awarding body: " + (u.awardingBody() == null ? "not given" : u.awardingBody()));
        facts.add("Level: " + (u.level() == null ? "not known" : u.level()));
        facts.add("Credit value: " + (u.creditValue() == null ? "not known" : u.creditValue()));
        facts.add("Guided learning hours: " + (u.guidedLearningHours() == null ? "not known" : u.guidedLearningHours()));
        if (u.unitReferenceNumber() != null) {
            facts.add("Unit reference number: " + u.unitReferenceNumber());
        }
        return String.join("\n", facts);
    }
}
