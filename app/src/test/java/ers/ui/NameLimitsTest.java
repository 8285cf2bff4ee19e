package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.edit.EditDetails;
import ers.testing.Portfolios;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A person's name the sheet cannot print, or the file cannot keep, is refused in the field where it is typed. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class NameLimitsTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void anAssessorsNameTheSheetCannotPrintIsRefusedWithTheReasonUntilItIsMended(FxRobot robot) throws Exception {
        AtomicReference<Optional<EditDetails>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(new FxDialogService(stage).editDetails(Portfolios.small())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#assessorName").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        TextField name = robot.lookup("#assessorName").queryAs(TextField.class);
        DialogPane pane = (DialogPane) name.getScene().getRoot();
        Button ok = (Button) pane.lookupButton(ButtonType.OK);

        robot.interact(() -> name.setText("Sam 客 Patel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ok.isDisabled(), "OK is off while the name cannot be printed");
        assertTrue(reasons(pane).contains("A person's name cannot have the character \"客\""), reasons(pane));

        robot.interact(() -> name.setText("S".repeat(201)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ok.isDisabled(), "OK is off while the name is longer than the file keeps");
        assertTrue(reasons(pane).contains("A person's name has at most 200 characters"), reasons(pane));

        robot.interact(() -> name.setText("Sam Patel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ok.isDisabled());
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> result.get() != null);
        assertEquals("Sam Patel", result.get().orElseThrow().people().assessor().name());
    }

    /** The reasons the form shows on its fields, as the tooltips a user reads on the marks. */
    private static String reasons(DialogPane pane) {
        StringBuilder all = new StringBuilder();
        collect(pane.getScene().getRoot(), all);
        return all.toString();
    }

    private static void collect(Node node, StringBuilder all) {
        if (node instanceof Control c && c.getTooltip() != null) {
            all.append(c.getTooltip().getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> collect(child, all));
        }
    }
}
