package ers.ui.action;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;

/** Shows or hides a part of the window (View menu); the window remembers it for the next start. */
public final class ShowPaneAction extends Action {

    private final BooleanProperty shown;

    private ShowPaneAction(String id, String text, String key, String help, BooleanProperty shown) {
        super(id, text, key, help);
        this.shown = shown;
    }

    public static ShowPaneAction unitList(Workspace w) {
        return new ShowPaneAction("showUnits", "_Unit list", "Shortcut+1", "Show or hide the unit list (Ctrl+1)",
                w.layout().unitsShownProperty());
    }

    public static ShowPaneAction details(Workspace w) {
        return new ShowPaneAction("showDetails", "_Details", "Shortcut+2",
                "Show or hide the evidence details and criterion (Ctrl+2)", w.layout().detailsShownProperty());
    }

    public static ShowPaneAction signatures(Workspace w) {
        return new ShowPaneAction("showSignatures", "_Signatures", "Shortcut+3",
                "Open or fold the unit's signatures under the grid (Ctrl+3)", w.layout().signaturesShownProperty());
    }

    public static ShowPaneAction twoLineRows(Workspace w) {
        return new ShowPaneAction("twoLineRows", "_Two-line rows", "Shortcut+4",
                "Give each row two lines, so long titles show more (Ctrl+4)", w.layout().twoLineRowsProperty());
    }

    @Override
    public void execute() {
        shown.set(!shown.get());
    }

    /** A menu item ticked while the part is shown; choosing it (or its key) shows or hides the part. */
    public CheckMenuItem checkItem() {
        CheckMenuItem item = dressed(new CheckMenuItem());
        item.selectedProperty().bindBidirectional(shown);
        return item;
    }
}
