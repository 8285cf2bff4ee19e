package ers.ui;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.spec.UnitCatalog;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks who the portfolio is for and which units it holds. Required fields are marked on the
 * fields themselves as the user types, and Create stays disabled until they are filled.
 */
final class NewPortfolioDialog {

    private NewPortfolioDialog() {
    }

    static Dialog<Portfolio> create(Window owner, UnitCatalog catalog) {
        Dialog<Portfolio> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New portfolio");
        dialog.setHeaderText("Who is the portfolio for, and which units does it cover?");
        DetailsForm form = new DetailsForm(dialog, null);
        UnitPicker picker = new UnitPicker(catalog, Set.of());
        Label unitsHint = new Label("Tick at least one unit.");
        unitsHint.setId("unitsHint");
        unitsHint.getStyleClass().add("field-problem");
        unitsHint.visibleProperty().bind(picker.countProperty().isEqualTo(0));
        dialog.getDialogPane().setContent(new VBox(10, form.grid(), new Label("Units"), picker.view(), unitsHint));
        dialog.getDialogPane().setPrefWidth(680);

        ButtonType createButton = new ButtonType("Create", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(createButton, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(createButton).setId("createButton");
        dialog.getDialogPane().lookupButton(createButton).disableProperty().bind(Bindings.or(
                form.invalidProperty(), picker.countProperty().isEqualTo(0)));
        dialog.setResultConverter(button -> button != createButton ? null : Portfolio.create(
                form.candidate(), form.centre(), form.qualification(),
                picker.chosen().stream().map(PortfolioUnit::empty).toList()));
        return dialog;
    }
}
