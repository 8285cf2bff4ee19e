package ers.ui.action;

import ers.portfolio.seal.TrustList;
import ers.ui.EditorModel;
import ers.ui.SheetOutput;
import ers.ui.SheetState;
import ers.ui.UnitList;
import ers.ui.grid.EvidenceGrid;
import ers.ui.grid.RowDetails;
import ers.ui.overview.PortfolioPages;
import ers.ui.sign.SignaturesPanel;
import java.util.function.Consumer;
import javafx.stage.Stage;

/**
 * What the window's actions act on: the editor's state, the views the user works in, and the
 * status line they report to.
 *
 * @param say puts a message on the status line
 */
public record Workspace(EditorModel model, Stage stage, SheetState sheet, UnitList units, EvidenceGrid grid,
                        RowDetails details, SheetOutput output, SignaturesPanel signatures, TrustList trust,
                        Consumer<String> say, PortfolioPages pages) {

    public String unitId() {
        return sheet.unitId();
    }
}
