package ers.ui.units;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The transcription notes: every correction made while copying the specification, one a line. */
final class NotesPane extends VBox {

    NotesPane(UnitDraft draft, ObservableBooleanValue readOnly) {
        super(6);
        setPadding(new Insets(8));
        TextArea notes = new TextArea();
        notes.setId("unitNotes");
        notes.setPromptText("Transcription notes: every correction made while copying, one per line");
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(draft.notes);
        notes.editableProperty().bind(Bindings.not(readOnly));
        VBox.setVgrow(notes, Priority.ALWAYS);
        Label caption = new Label("Transcription notes (About this unit shows them; one correction a line):");
        caption.setLabelFor(notes);
        getChildren().addAll(caption, notes);
    }
}
