package ers.ui.action;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The window's menu bar: each menu lists its actions here, in the order the user sees them. */
public final class Menus {

    private Menus() {
    }

    public static MenuBar bar(Workspace w) {
        MenuBar bar = new MenuBar(file(w), edit(w), view(w), evidence(w), unit(w), signatures(w), help(w));
        bar.setId("menuBar");
        return bar;
    }

    private static Menu file(Workspace w) {
        return menu("_File",
                new NewPortfolioAction(w).menuItem(),
                new OpenAction(w).menuItem(),
                RecentMenu.of(w.model()),
                new OpenForVerificationAction(w).menuItem(),
                new SeparatorMenuItem(),
                new SaveAction(w).menuItem(),
                new SaveAsAction(w).menuItem(),
                new SeparatorMenuItem(),
                new PreviewAction(w).menuItem(),
                new ExportPdfAction(w).menuItem(),
                new ExportSummaryAction(w).menuItem(),
                new ExportReportAction(w).menuItem(),
                new PrintAction(w).menuItem(),
                new SeparatorMenuItem(),
                new QuitAction(w).menuItem());
    }

    private static Menu edit(Workspace w) {
        return menu("_Edit",
                new UndoAction(w).menuItem(),
                new RedoAction(w).menuItem(),
                new SeparatorMenuItem(),
                FindAction.find(w).menuItem(),
                FindAction.next(w).menuItem(),
                FindAction.previous(w).menuItem(),
                new SeparatorMenuItem(),
                new EditDetailsAction(w).menuItem(),
                new EditMethodKeyAction(w).menuItem());
    }

    private static Menu view(Workspace w) {
        return menu("Vie_w",
                new OverviewAction(w).menuItem(),
                new UnitSheetsAction(w).menuItem(),
                new SeparatorMenuItem(),
                ShowPaneAction.unitList(w).checkItem(),
                ShowPaneAction.details(w).checkItem(),
                ShowPaneAction.signatures(w).checkItem(),
                ShowPaneAction.twoLineRows(w).checkItem());
    }

    private static Menu evidence(Workspace w) {
        return menu("E_vidence",
                new AddRowAction(w).menuItem(),
                new EvidenceLibraryAction(w).menuItem(),
                new DuplicateRowAction(w).menuItem(),
                new DeleteRowAction(w).menuItem(),
                MoveRowAction.up(w).menuItem(),
                MoveRowAction.down(w).menuItem(),
                new SeparatorMenuItem(),
                new CriterionEvidenceAction(w).menuItem(),
                new RowFilterAction(w).menuItem());
    }

    private static Menu unit(Workspace w) {
        return menu("_Unit",
                new AddUnitAction(w).menuItem(),
                new RemoveUnitAction(w).menuItem(),
                new SeparatorMenuItem(),
                new ImportUnitAction(w).menuItem(),
                new EditUnitAction(w).menuItem(),
                new AboutUnitAction(w).menuItem());
    }

    private static Menu signatures(Workspace w) {
        return menu("_Signatures",
                new CertificatesAction(w).menuItem());
    }

    private static Menu help(Workspace w) {
        return menu("_Help",
                new AboutAction(w).menuItem());
    }

    private static Menu menu(String text, MenuItem... items) {
        return new Menu(text, null, items);
    }
}
