package ers.ui;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.edit.SetMethodKey;
import ers.ui.grid.TextCell;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Edits the centre's key of assessment methods: codes and names, added, renamed or removed. */
final class MethodKeyDialog {

    private MethodKeyDialog() {
    }

    static Dialog<List<AssessmentMethod>> create(Window owner, List<AssessmentMethod> current) {
        ObservableList<AssessmentMethod> methods = FXCollections.observableArrayList(current);
        TableView<AssessmentMethod> table = new TableView<>(methods);
        table.setId("methodKeyTable");
        table.setEditable(true);
        table.setPrefHeight(300);
        TableColumn<AssessmentMethod, String> code = new TableColumn<>("Code");
        code.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().code()));
        code.setCellFactory(c -> new TextCell<>(true));
        code.setOnEditCommit(e -> methods.set(e.getTablePosition().getRow(),
                new AssessmentMethod(e.getNewValue().strip(), e.getRowValue().name())));
        code.setPrefWidth(90);
        code.setMinWidth(70);
        TableColumn<AssessmentMethod, String> name = new TableColumn<>("Method");
        name.setPrefWidth(280);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setCellFactory(c -> new TextCell<>(true));
        name.setOnEditCommit(e -> methods.set(e.getTablePosition().getRow(),
                new AssessmentMethod(e.getRowValue().code(), e.getNewValue().strip())));
        table.getColumns().setAll(List.of(code, name));

        Label problem = new Label();
        problem.setId("methodKeyProblem");
        problem.getStyleClass().add("field-problem");
        Button add = new Button("Add method");
        add.setId("addMethodButton");
        add.setOnAction(e -> {
            methods.add(new AssessmentMethod("NEW", "New method"));
            int last = methods.size() - 1;
            table.getSelectionModel().select(last);
            table.scrollTo(last);
            table.requestFocus();
            // The new row's cell exists only after a layout; edit it then, so typing replaces NEW.
            table.layout();
            table.edit(last, code);
        });
        Button remove = new Button("Remove method");
        remove.setId("removeMethodButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> methods.remove(table.getSelectionModel().getSelectedIndex()));

        Dialog<List<AssessmentMethod>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Assessment method key");
        dialog.setHeaderText("The centre's codes for assessment methods; the sheet prints a key of those it uses.\n"
                + "Double-click a code or name to change it. Rows keep the codes they already carry.");
        dialog.getDialogPane().setContent(new VBox(8, table, new HBox(8, add, remove), problem));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            new SetMethodKey(methods).problem().ifPresent(why -> {
                problem.setText(why);
                e.consume();
            });
        });
        dialog.setResultConverter(b -> b == ButtonType.OK ? List.copyOf(methods) : null);
        return dialog;
    }
}
