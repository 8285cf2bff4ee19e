package ers.ui.evidence;

import ers.portfolio.Portfolio;
import ers.portfolio.edit.AddExistingEvidence;
import ers.portfolio.edit.DeleteEvidence;
import ers.portfolio.edit.MergeGroups;
import ers.text.Plural;
import ers.ui.EditorModel;
import java.util.ArrayList;
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
import javafx.scene.control.Tooltip;
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
        Button merge = new Button("_Merge copies");
        merge.setId("mergeEvidence");
        merge.setMnemonicParsing(true);
        merge.setTooltip(new Tooltip(
                "Make this item and the others with its reference one item, on every sheet that listed one"));
        merge.setOnAction(e -> mergeSelected());
        Button delete = new Button("_Delete from every sheet");
        delete.setId("deleteEvidence");
        delete.setMnemonicParsing(true);
        delete.setOnAction(e -> deleteSelected());
        delete.disableProperty().bind(add.disableProperty());
        table.getSelectionModel().selectedItemProperty().addListener((o, was, line) -> {
            merge.setDisable(line == null || line.copies().isEmpty());
            if (line != null && !line.copies().isEmpty()) {
                status.setText(EvidenceLibraryModel.copiesNote(model.portfolio(), line));
            }
        });
        merge.setDisable(true);
        HBox bottom = new HBox(10, add, merge, delete, status);
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
        EvidenceLibraryModel.Line selected = table.getSelectionModel().getSelectedItem();
        table.getItems().setAll(portfolio == null ? List.of()
                : EvidenceLibraryModel.lines(portfolio, unitId.get(), search.getText()));
        // After a change (a merge, an item added to the sheet) the item the user was on stays selected.
        table.getItems().stream().filter(l -> selected != null && l.item().id().equals(selected.item().id()))
                .findFirst().ifPresent(l -> table.getSelectionModel().select(l));
        status.setText(table.getItems().size() + " of " + Plural.of(portfolio == null ? 0 : portfolio.evidence().size(),
                "item") + ". Down or Enter from the search goes to the list; Enter there adds the item to this sheet.");
    }

    /** Merges the selected item's copies into it; the editor asks before it voids a signature, naming it. */
    private void mergeSelected() {
        EvidenceLibraryModel.Line line = table.getSelectionModel().getSelectedItem();
        if (line == null || line.copies().isEmpty()) {
            return;
        }
        List<String> group = new ArrayList<>(List.of(line.item().id()));
        line.copies().forEach(c -> group.add(c.id()));
        model.apply(new MergeGroups(List.of(group)));
        status.setText(model.portfolio().item(line.copies().get(0).id()).isPresent()
                ? "Nothing was merged." : model.messageProperty().get());
    }

    /** Deletes the item from the portfolio, after naming every sheet it goes from. */
    private void deleteSelected() {
        EvidenceLibraryModel.Line line = table.getSelectionModel().getSelectedItem();
        if (line == null) {
            return;
        }
        Portfolio portfolio = model.portfolio();
        String id = line.item().id();
        if (!portfolio.unitsListing(id).isEmpty() && !model.dialogs().confirm("Delete evidence?", "Delete "
                + line.item().reference() + " \u201c" + line.item().title() + "\u201d from the portfolio? It goes from the "
                + DeleteEvidence.sheets(portfolio, id) + ", with its ticks. Undo (Ctrl+Z) brings it back.")) {
            return;
        }
        model.apply(new DeleteEvidence(id));
        if (model.portfolio().item(id).isEmpty()) {
            status.setText(model.messageProperty().get());
        }
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
