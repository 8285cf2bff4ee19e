package ers.ui.sign;

import ers.portfolio.Portfolio;
import ers.portfolio.Role;
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

    public ReopenPane(Portfolio portfolio, String unitId, SheetSigning signing, Consumer<Portfolio> reopened) {
        setSpacing(8);
        setPadding(new Insets(12));
        setId("reopenPane");
        Label explain = new Label("This sheet is locked by the assessor's signature. Reopening it lets the "
                + "evidence change; every signature that no longer matches the sheet becomes void and must be given again.");
        explain.setWrapText(true);
        explain.setMaxWidth(420);
        ChoiceBox<Role> by = new ChoiceBox<>();
        by.getItems().addAll(Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR, Role.INTERNAL_VERIFIER,
                Role.COUNTERSIGNING_VERIFIER);
        by.setValue(Role.ASSESSOR);
        by.setId("reopenRole");
        TextField name = new TextField();
        name.setId("reopenName");
        name.setPromptText("Your name");
        if (portfolio.people().assessor() != null) {
            name.setText(portfolio.people().assessor().name());
        }
        TextArea reason = new TextArea();
        reason.setId("reopenReason");
        reason.setPromptText("Why the sheet is reopened (kept in the history)");
        reason.setPrefRowCount(3);
        Label message = new Label();
        message.setId("reopenMessage");
        message.setStyle("-fx-text-fill: #a00;");
        Button reopen = new Button("Reopen the sheet");
        reopen.setId("reopenButton");
        reopen.disableProperty().bind(reason.textProperty().isEmpty().or(name.textProperty().isEmpty()));
        reopen.setOnAction(e -> {
            try {
                reopened.accept(signing.reopen(portfolio, unitId, by.getValue(), name.getText(), reason.getText()));
            } catch (SigningRefused refused) {
                message.setText(refused.getMessage());
            }
        });
        getChildren().addAll(explain, new Label("Reopened by"), by, name, new Label("Reason"), reason, message, reopen);
    }
}
