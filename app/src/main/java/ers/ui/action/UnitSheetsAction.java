package ers.ui.action;

/** Goes from the Overview back to the unit sheets: the units, the grid and the details. */
public final class UnitSheetsAction extends Action {

    private final Workspace w;

    public UnitSheetsAction(Workspace w) {
        super("unitSheets", "Unit _sheets", "Shortcut+Shift+U", "The grid of the unit selected in the list");
        this.w = w;
    }

    @Override
    public void execute() {
        w.pages().showSheets();
        w.grid().table().requestFocus();
    }
}
