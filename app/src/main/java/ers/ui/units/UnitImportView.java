package ers.ui.units;

import java.io.File;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** Import unit…: the source text on the left, the unit read from it on the right, Save below. */
public final class UnitImportView extends BorderPane implements UnitWindow.Guarded {

    private final UnitDraft draft;

    public UnitImportView(UnitImportModel model) {
        this.draft = model.draft();
        TextArea source = new TextArea();
        source.setId("importSource");
        source.setPromptText("Paste the unit specification here: the whole text, or at least its table of"
                + " learning outcomes and assessment criteria");
        source.setWrapText(false);
        source.textProperty().bindBidirectional(model.source);
        VBox.setVgrow(source, Priority.ALWAYS);
        Button choose = new Button("_Choose file\u2026");
        choose.setId("importChoose");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Unit specification (PDF or text)");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("PDF or text", "*.pdf", "*.txt"),
                    new FileChooser.ExtensionFilter("Any file", "*"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                model.choose(file.toPath());
            }
        });
        Button read = new Button("_Read unit");
        read.setId("importRead");
        read.setDefaultButton(false);
        read.setOnAction(e -> model.read());
        VBox left = new VBox(6, new Label("Source text"), source, new HBox(6, choose, read));
        left.setPadding(new Insets(8));

        UnitForm form = new UnitForm(model.draft(), new SimpleBooleanProperty(false));
        form.setPadding(new Insets(8));
        SplitPane split = new SplitPane(left, form);
        split.setDividerPositions(0.42);
        setCenter(split);

        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button("_Save to my units");
        save.setId("importSave");
        save.disableProperty().bind(model.draft().validProperty().not());
        save.setOnAction(e -> model.save());
        // The buttons keep their words whatever the message beside them says.
        for (Button b : new Button[] {save}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bottom = new HBox(8, message, save);
        bottom.setPadding(new Insets(8));
        setBottom(bottom);
    }

    @Override
    public boolean unsaved() {
        return draft.unsaved();
    }
}
