package ers.ui.units;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Edit unit…: the unit's form, Save, and for a bundled unit "Save a copy as my unit". */
public final class UnitEditView extends BorderPane implements UnitWindow.Guarded {

    private final UnitDraft draft;

    public UnitEditView(UnitEditModel model) {
        this.draft = model.draft();
        UnitForm form = new UnitForm(model.draft(), model.readOnlyProperty());
        form.setPadding(new Insets(8));
        setCenter(form);
        Label message = new Label();
        message.setId("editMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Button copy = new Button("Save a _copy as my unit");
        copy.setId("editCopy");
        copy.visibleProperty().bind(model.readOnlyProperty());
        copy.managedProperty().bind(model.readOnlyProperty());
        copy.setOnAction(e -> model.copyAsMine());
        Button save = new Button("_Save");
        save.setId("editSave");
        save.disableProperty().bind(model.readOnlyProperty().or(model.draft().validProperty().not()));
        save.setOnAction(e -> model.save());
        // The buttons keep their words whatever the message beside them says.
        for (Button b : new Button[] {copy, save}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox bottom = new HBox(8, message, copy, save);
        bottom.setPadding(new Insets(8));
        setBottom(bottom);
    }

    @Override
    public boolean unsaved() {
        return draft.unsaved();
    }
}
