package ers.ui;

import ers.pdf.UnitChoice;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Asks which sheets an export holds: the unit on screen, units ticked in a list, or all. Arrows
 * move between the three, Alt with the underlined letter picks one, Tab reaches the unit boxes.
 */
final class ExportUnitsDialog {

    private ExportUnitsDialog() {
    }

    static Dialog<UnitChoice> create(Window owner, Portfolio portfolio, String shownUnitId) {
        Dialog<UnitChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Export record sheets");
        dialog.setHeaderText("Which units' sheets go into the PDF?");
        ToggleGroup group = new ToggleGroup();
        PortfolioUnit shown = portfolio.unit(shownUnitId == null ? "" : shownUnitId).orElse(null);
        RadioButton thisUnit = choice("exportThisUnit", shown == null ? "_This unit (none is shown)"
                : "_This unit (" + shown.spec().code() + " " + shown.spec().displayTitle() + ")", group);
        thisUnit.setDisable(shown == null);
        RadioButton chosen = choice("exportChosenUnits", "_Chosen units:", group);
        List<CheckBox> boxes = new ArrayList<>();
        VBox list = new VBox(4);
        list.setStyle("-fx-padding: 0 0 0 24;");
        for (PortfolioUnit unit : portfolio.units()) {
            CheckBox box = new CheckBox(unit.spec().code() + "  " + unit.spec().displayTitle());
            box.setId("exportUnit-" + unit.spec().id());
            box.setUserData(unit.spec().id());
            box.setMnemonicParsing(false);
            box.disableProperty().bind(chosen.selectedProperty().not());
            boxes.add(box);
            list.getChildren().add(box);
        }
        RadioButton all = choice("exportAllUnits", "_All units (" + portfolio.units().size() + ")", group);
        group.selectToggle(shown == null ? all : thisUnit);
        dialog.getDialogPane().setContent(new VBox(8, thisUnit, chosen, list, all));

        ButtonType export = new ButtonType("Export\u2026", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(export).setId("exportUnitsButton");
        BooleanBinding noneTicked = Bindings.createBooleanBinding(() -> boxes.stream().noneMatch(CheckBox::isSelected),
                boxes.stream().map(CheckBox::selectedProperty).toArray(Observable[]::new));
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(chosen.selectedProperty().and(noneTicked));
        // Enter exports from anywhere in the dialog: a focused check box or radio button would otherwise take it.
        Button exportButton = (Button) dialog.getDialogPane().lookupButton(export);
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !exportButton.isDisabled()) {
                e.consume();
                exportButton.fire();
            }
        });
        dialog.setResultConverter(button -> {
            if (button != export) {
                return null;
            }
            if (thisUnit.isSelected()) {
                return new UnitChoice(List.of(shown.spec().id()));
            }
            return chosen.isSelected() ? new UnitChoice(boxes.stream().filter(CheckBox::isSelected)
                    .map(b -> (String) b.getUserData()).toList()) : UnitChoice.ALL;
        });
        // The keyboard starts on the choice made; a Dialog's own "shown" comes before its window has the focus to give.
        dialog.getDialogPane().getScene().getWindow().addEventHandler(WindowEvent.WINDOW_SHOWN,
                e -> ((RadioButton) group.getSelectedToggle()).requestFocus());
        return dialog;
    }

    private static RadioButton choice(String id, String text, ToggleGroup group) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setToggleGroup(group);
        return button;
    }
}
