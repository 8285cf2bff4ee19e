package ers.ui;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.spec.Criterion;
import ers.ui.grid.EvidenceGrid;
import ers.ui.grid.GridRow;
import ers.ui.grid.RowDetails;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TablePosition;
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
        grid.sayWhenEmpty(new javafx.beans.property.SimpleStringProperty(
                "No evidence rows on this sheet. The file is open read-only for verifying: rows are added in the editor."));
        // A verifier marks several rows and criteria at once for a sample.
        grid.table().getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
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

    public TableView<GridRow> grid() {
        return grid.table();
    }

    public VBox details() {
        return details.view();
    }

    /** What a verifier marked on the grid: the evidence rows and criteria of the selected cells, in the sheet's order. */
    public record Marked(List<String> evidenceIds, List<String> criteria) {
    }

    public Marked marked() {
        Set<Integer> rows = new TreeSet<>();
        Set<String> numbers = new HashSet<>();
        for (TablePosition<GridRow, ?> cell : grid.table().getSelectionModel().getSelectedCells()) {
            rows.add(cell.getRow());
            String number = cell.getTableColumn() == null ? null : EvidenceGrid.criterionOf(cell.getTableColumn());
            if (number != null) {
                numbers.add(number);
            }
        }
        List<GridRow> lines = grid.table().getItems();
        PortfolioUnit unit = unit();
        return new Marked(rows.stream().filter(i -> i >= 0 && i < lines.size()).map(i -> lines.get(i).get().id()).toList(),
                unit == null ? List.of() : unit.spec().criteria().stream().map(Criterion::number)
                        .filter(numbers::contains).toList());
    }

    public void preview(Window owner) {
        String title = unit().spec().sheetTitle();
        output.preview(unitId.get(), pages -> PreviewWindow.show(owner, title, pages, () -> print(owner)));
    }

    public void print(Window owner) {
        output.print(unitId.get(), owner);
    }

    public void exportPdf() {
        output.exportPdf(unitId.get());
    }
}
