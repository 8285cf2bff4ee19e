package ers.ui.sign;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import ers.portfolio.seal.SheetSigning;
import ers.portfolio.seal.SigningRefused;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * Reopening a locked sheet: deliberate, with who and why, both kept in the history. The form
 * says plainly that signatures stop standing as soon as the sheet changes.
 */
public final class ReopenPane extends VBox {

    public ReopenPane(Portfolio portfolio, String unitId, SheetSigning signing, Consumer<Portfolio> reopened,
                      Runnable cancel) {
        setSpacing(8);
        setPadding(new Insets(12));
        setId("reopenPane");
        PortfolioUnit unit = portfolio.unit(unitId).orElseThrow();
        Label explain = new Label("This sheet is locked by the assessor's signature. Reopening it lets the "
                + "evidence change; every signature that no longer matches the sheet becomes void and must be given again.");
        explain.setWrapText(true);
        explain.setMaxWidth(420);
        ChoiceBox<Role> by = new ChoiceBox<>();
        by.getItems().addAll(Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR, Role.INTERNAL_VERIFIER,
                Role.COUNTERSIGNING_VERIFIER);
        by.setConverter(FormWindow.shownAs(Role::label));
        by.setId("reopenRole");
        TextField name = new TextField();
        name.setId("reopenName");
        name.setPromptText("Your name");
        // The name follows the role chosen, until the person types their own.
        by.valueProperty().addListener((o, was, role) -> {
            if (name.getText().isBlank() || name.getText().equals(nameFor(portfolio, unit, was))) {
                name.setText(nameFor(portfolio, unit, role));
            }
        });
        by.setValue(Role.ASSESSOR);
        TextArea reason = new TextArea();
        reason.setId("reopenReason");
        reason.setPromptText("Why the sheet is reopened (kept in the history)");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Label message = new Label();
        message.setId("reopenMessage");
        message.setWrapText(true);
        message.setMaxWidth(420);
        message.setStyle("-fx-text-fill: #a00;");
        Button reopen = new Button("Reopen the sheet");
        reopen.setId("reopenButton");
        reopen.setDefaultButton(true);
        reopen.disableProperty().bind(reason.textProperty().isEmpty().or(name.textProperty().isEmpty()));
        reopen.setOnAction(e -> {
            try {
                reopened.accept(signing.reopen(portfolio, unitId, by.getValue(), name.getText(), reason.getText()));
            } catch (SigningRefused refused) {
                message.setText(refused.getMessage());
            }
        });
        getChildren().addAll(explain, new Label("Reopened by"), by, name, new Label("Reason"), reason, message,
                FormWindow.buttons(cancel, reopen));
    }

    /** Who holds the role in the portfolio, or failing that who signed its line; empty when nobody. */
    private static String nameFor(Portfolio portfolio, PortfolioUnit unit, Role role) {
        if (role == null) {
            return "";
        }
        return SignerNames.of(portfolio, role).or(() -> unit.signature(role).map(Signature::name)).orElse("");
    }
}
