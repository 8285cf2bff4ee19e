package ers.ui;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.ui.grid.EvidenceGrid;
import ers.ui.grid.RowDetails;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The editor's own unit list, grid and row details over a portfolio that cannot change, with the
 * editor's Preview, Print and Export of its sheets: what verifier mode shows. Every edit is
 * refused by the model beneath ({@link EditorModel#readOnly}), whatever is clicked or typed.
 */
public final class ReadOnlySheet {

    private final EditorModel model;
    private final UnitList units;
    private final EvidenceGrid grid;
    private final RowDetails details;
    private final SheetOutput output;
    private final ReadOnlyStringWrapper unitId = new ReadOnlyStringWrapper(this, "unitId");

    public ReadOnlySheet(Portfolio portfolio, Path file, Window owner, Path recentFiles, Consumer<String> say) {
        model = EditorModel.readOnly(portfolio, file, new FxDialogService(owner), new RecentFiles(recentFiles));
        units = new UnitList(model);
        grid = new EvidenceGrid(model);
        details = new RowDetails(model, grid::unitId);
        output = new SheetOutput(model, say);
        grid.table().setEditable(false);
        details.view().setDisable(true);
        units.view().getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showUnit(now));
        grid.selectedRowProperty().addListener((o, was, row) -> details.show(row, model.portfolio().methods()));
        grid.focusedCriterionProperty().addListener((o, was, c) -> details.showCriterion(c));
        units.show(portfolio);
    }

    /** Shows the file again after a verifier added to it; the unit shown stays. */
    public void show(Portfolio portfolio) {
        model.replaceReadOnly(portfolio);
        units.show(portfolio);
        showUnit(unitId.get());
    }

    private void showUnit(String id) {
        grid.show(model.portfolio(), id);
        unitId.set(id);
    }

    public Portfolio portfolio() {
        return model.portfolio();
    }

    public ReadOnlyStringProperty unitIdProperty() {
        return unitId.getReadOnlyProperty();
    }

    public PortfolioUnit unit() {
        return unitId.get() == null ? null : model.portfolio().unit(unitId.get()).orElse(null);
    }

    public ListView<String> unitList() {
        return units.view();
    }

    public TableView<?> grid() {
        return grid.table();
    }

    public VBox details() {
        return details.view();
    }

    /** The rows and the criterion under the cursor, for a verifier's sample. */
    public List<String> selectedEvidenceIds() {
        return grid.selectedRowProperty().get() == null ? List.of() : List.of(grid.selectedRowProperty().get().id());
    }

    public void preview(Window owner) {
        String title = unit().spec().sheetTitle();
        output.preview(unitId.get(), pages -> PreviewWindow.show(owner, title, pages, () -> print(owner)));
    }

    public void print(Window owner) {
        output.print(unitId.get(), owner);
    }

    public void exportPdf() {
        output.exportPdf();
    }
}
