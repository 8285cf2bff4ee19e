package ers.ui.evidence;

import ers.portfolio.Portfolio;
import ers.portfolio.edit.AddExistingEvidence;
import ers.text.Plural;
import ers.ui.EditorModel;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Every piece of the candidate's evidence, once, with the units and criteria it covers; search by
 * reference or words of the title, and put an item on the sheet open in the editor.
 */
public final class EvidenceLibraryWindow {

    private final Stage stage = new Stage();
    private final EditorModel model;
    private final Supplier<String> unitId;
    private final Consumer<String> say;
    private final TextField search = new TextField();
    private final TableView<EvidenceLibraryModel.Line> table = new TableView<>();
    private final Label status = new Label();

    public EvidenceLibraryWindow(Window owner, EditorModel model, Supplier<String> unitId, Consumer<String> say) {
        this.model = model;
        this.unitId = unitId;
        this.say = say;
        stage.initOwner(owner);
        stage.setTitle("Evidence — Evidence Record Sheets");
        search.setId("evidenceSearch");
        search.setPromptText("Find evidence by reference or words of its title");
        search.setAccessibleText("Find evidence");
        search.textProperty().addListener((o, was, now) -> refresh());
        // From the search, Down or Enter goes to the first item found, so the keyboard alone adds one.
        search.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
                e.consume();
            }
        });
        table.setId("evidenceLibrary");
        table.getColumns().add(column("Reference", 90, l -> l.item().reference()));
        table.getColumns().add(column("Title", 430, l -> l.item().title()));
        table.getColumns().add(column("Methods", 90, l -> String.join(", ", l.item().methods())));
        table.getColumns().add(column("On the sheets of", 330, EvidenceLibraryModel.Line::sheets));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addSelected();
            }
        });
        Button add = new Button("_Add to this sheet");
        add.setId("addExistingEvidence");
        add.setMnemonicParsing(true);
        add.setOnAction(e -> addSelected());
        add.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox bottom = new HBox(10, add, status);
        HBox.setHgrow(status, Priority.ALWAYS);
        bottom.setPadding(new Insets(8));
        BorderPane root = new BorderPane(table, search, null, bottom, null);
        BorderPane.setMargin(search, new Insets(8));
        Scene scene = new Scene(root, 980, 560);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        stage.setScene(scene);
        model.portfolioProperty().addListener((o, was, now) -> refresh());
    }

    private static TableColumn<EvidenceLibraryModel.Line, String> column(String title, double width,
            Function<EvidenceLibraryModel.Line, String> text) {
        TableColumn<EvidenceLibraryModel.Line, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        return column;
    }

    public void show() {
        refresh();
        stage.show();
        stage.toFront();
        search.requestFocus();
    }

    private void refresh() {
        Portfolio portfolio = model.portfolio();
        table.getItems().setAll(portfolio == null ? List.of()
                : EvidenceLibraryModel.lines(portfolio, unitId.get(), search.getText()));
        status.setText(table.getItems().size() + " of " + Plural.of(portfolio == null ? 0 : portfolio.evidence().size(),
                "item") + ". Down or Enter from the search goes to the list; Enter there adds the item to this sheet.");
    }

    private void addSelected() {
        EvidenceLibraryModel.Line line = table.getSelectionModel().getSelectedItem();
        String unit = unitId.get();
        if (line == null || unit == null) {
            return;
        }
        if (line.onSheet()) {
            status.setText(line.item().reference() + " is already on this sheet.");
            return;
        }
        model.apply(new AddExistingEvidence(unit, line.item().id()));
        String message = "Added " + line.item().reference() + " to this sheet, with nothing ticked yet: tick the criteria it covers.";
        status.setText(message);
        say.accept(message);
    }
}
