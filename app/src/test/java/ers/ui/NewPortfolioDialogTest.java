package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.spec.UnitCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real New portfolio dialog: required fields, the unit search, expired and broken units shown. */
@ExtendWith(ApplicationExtension.class)
class NewPortfolioDialogTest {

    @TempDir
    Path units;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void createStaysOffUntilTheFormIsCompleteAndReturnsThePortfolio(FxRobot robot) throws Exception {
        Files.writeString(units.resolve("broken-unit.json"), "{ \"id\": ");
        UnitCatalog catalog = UnitCatalog.load(units);
        AtomicReference<Optional<Portfolio>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(new FxDialogService(stage).askNewPortfolio(catalog)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#createButton").tryQuery()
                .map(b -> b.getScene().getWindow().isShowing()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        Button create = robot.lookup("#createButton").queryButton();
        assertTrue(create.isDisabled());
        assertTrue(robot.lookup("#catalogProblems").queryAs(Label.class).getText().contains("broken-unit.json"),
                "a unit file that cannot be read is named, not hidden");

        robot.clickOn("#candidateName").write("Jordan Lee");
        robot.clickOn("#centreName").write("Northfield College");
        robot.clickOn("#qualification").write("OCR Level 3 NVQ Certificate in Customer Service");
        assertTrue(create.isDisabled(), "no unit chosen yet");

        robot.clickOn("#unitSearch").write("F17");
        ListView<?> choices = robot.lookup("#unitChoices").queryListView();
        assertEquals(1, choices.getItems().size());
        assertTrue(robot.lookup("#unitChoices .warning").queryAs(Label.class).getText().contains("Expired"));
        robot.clickOn("#choose-ocr-f17");
        robot.clickOn("#unitSearch").eraseText(3).write("review");
        robot.clickOn("#choose-ocr-b14");
        assertFalse(create.isDisabled());

        robot.clickOn("#candidateName").eraseText("Jordan Lee".length());
        assertTrue(create.isDisabled(), "an emptied required field turns Create off again");
        robot.write("Jordan Lee");
        robot.clickOn(create);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);

        Portfolio created = result.get().orElseThrow();
        assertEquals("Jordan Lee", created.candidate().name());
        assertEquals("Northfield College", created.centre().name());
        assertEquals(java.util.List.of("F17", "B14"), created.units().stream().map(u -> u.spec().code()).toList());
    }
}
