package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.edit.EditDetails;
import ers.spec.UnitCatalog;
import ers.testing.Portfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dialogs, filled in with mouse and keyboard. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DialogsTest {

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
        Files.writeString(units.resolve("wrong-unit.json"), "{\"formatVersion\": 1, \"id\": \"BAD ID\", \"code\": \"X\","
                + " \"title\": \"X\", \"level\": 9, \"creditValue\": 1, \"learningOutcomes\": []}");
        UnitCatalog catalog = UnitCatalog.load(units);
        AtomicReference<Optional<Portfolio>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(new FxDialogService(stage).askNewPortfolio(catalog)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#createButton").tryQuery()
                .map(b -> b.getScene()).map(scene -> scene.getWindow()).map(window -> window.isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        Button create = robot.lookup("#createButton").queryButton();
        assertTrue(create.isDisabled());
        assertTrue(robot.lookup("#catalogProblems").queryAs(Label.class).getText().contains("broken-unit.json"),
                "a unit file that cannot be read is named, not hidden");
        assertTrue(robot.lookup("#catalogProblems").queryAs(Label.class).getText().startsWith(
                "2 of your unit files could not be read and are not offered:"), "files are counted, not their problems");

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

    /** Shows a dialog as the editor does (waiting for its answer) and returns the answer when it closes. */
    private <T> AtomicReference<Optional<T>> showing(FxRobot robot, java.util.function.Supplier<Optional<T>> ask,
                                                     String buttonId) throws Exception {
        AtomicReference<Optional<T>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(ask.get()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(buttonId).tryQuery()
                .map(b -> b.getScene()).map(scene -> scene.getWindow()).map(window -> window.isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return result;
    }

    @Test
    void aRequiredFieldLosesItsMarkOnceFilledAndGetsItBackWhenEmptied(FxRobot robot) throws Exception {
        UnitCatalog catalog = UnitCatalog.load(units);
        var result = showing(robot, () -> new FxDialogService(stage).askNewPortfolio(catalog), "#createButton");
        TextField candidate = robot.lookup("#candidateName").queryAs(TextField.class);
        TextField centre = robot.lookup("#centreName").queryAs(TextField.class);
        assertTrue(marked(candidate) && marked(centre), "empty required fields are marked");

        robot.clickOn(candidate).write("J");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(marked(candidate), "a filled field carries no mark");
        assertTrue(marked(centre), "the centre is still empty");

        robot.eraseText(1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(marked(candidate), "emptied, the field is marked again");
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isCancelButton).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
    }

    @Test
    void aRequiredDetailLosesItsMarkOnceFilled(FxRobot robot) throws Exception {
        var result = showing(robot, () -> new FxDialogService(stage).editDetails(Portfolios.small()), "#assessorName");
        TextField candidate = robot.lookup("#candidateName").queryAs(TextField.class);
        assertFalse(marked(candidate), "the candidate's name is filled in");
        robot.clickOn(candidate).eraseText("Alex Morgan".length());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(marked(candidate));
        robot.write("Alex");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(marked(candidate));
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isCancelButton).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
    }

    /** Whether the field shows a mark (the required corner or the error sign) on screen. */
    private static boolean marked(Control field) {
        var marks = org.controlsfx.control.decoration.Decorator.getDecorations(field);
        return marks != null && !marks.isEmpty();
    }

    @Test
    void detailsNameATraineeAssessorAndKeepTheCandidateRequired(FxRobot robot) throws Exception {
        var result = showing(robot, () -> new FxDialogService(stage).editDetails(ers.testing.Portfolios.small()),
                "#assessorName");
        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        robot.clickOn("#candidateName").eraseText("Alex Morgan".length());
        assertTrue(ok.isDisabled(), "the candidate's name is required");
        robot.write("Alex Morgan-Reid");
        robot.clickOn("#assessorName").write("JO BLOGGS");
        robot.clickOn("#assessorQualified");
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        Portfolio edited = result.get().orElseThrow().applyTo(ers.testing.Portfolios.small());
        assertEquals("Alex Morgan-Reid", edited.candidate().name());
        assertEquals("JO BLOGGS", edited.people().assessor().name());
        assertTrue(edited.people().needsAssessorCountersignature());
    }

    @Test
    void theMethodKeyRefusesACodeUsedTwice(FxRobot robot) throws Exception {
        var result = showing(robot, () -> new FxDialogService(stage).editMethodKey(
                ers.portfolio.AssessmentMethod.defaults()), "#addMethodButton");
        robot.clickOn("#addMethodButton").write("O").type(javafx.scene.input.KeyCode.ENTER);
        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        robot.clickOn(ok);
        assertTrue(robot.lookup("#methodKeyProblem").queryAs(Label.class).getText().contains("O is used twice"));
        assertTrue(result.get() == null, "the dialog stays open");
        int added = ers.portfolio.AssessmentMethod.defaults().size();
        robot.clickOn(robot.lookup("#methodKeyTable .table-row-cell").queryAllAs(javafx.scene.control.TableRow.class)
                .stream().filter(r -> r.getIndex() == added).findFirst().orElseThrow());
        robot.clickOn("#removeMethodButton");
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertEquals(ers.portfolio.AssessmentMethod.defaults(), result.get().orElseThrow());
    }

    @Test
    void aNewMethodKeepsItsCodeWhenTabTakesTheUserToItsName(FxRobot robot) throws Exception {
        var result = showing(robot, () -> new FxDialogService(stage).editMethodKey(
                ers.portfolio.AssessmentMethod.defaults()), "#addMethodButton");
        robot.clickOn("#addMethodButton").write("VID").type(javafx.scene.input.KeyCode.TAB)
                .write("Video recording").type(javafx.scene.input.KeyCode.TAB);
        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        var key = result.get().orElseThrow();
        assertEquals(new ers.portfolio.AssessmentMethod("VID", "Video recording"), key.get(key.size() - 1));
        assertEquals(ers.portfolio.AssessmentMethod.defaults().size() + 1, key.size(), "no junk row");
    }

    @Test
    void spaceOnAUnitReachedByKeyboardOrClickTicksItAsAClickOnItsBoxDoes(FxRobot robot) throws Exception {
        UnitCatalog catalog = UnitCatalog.load(units);
        var result = showing(robot, () -> new FxDialogService(stage).askNewPortfolio(catalog), "#createButton");
        robot.clickOn("#candidateName").write("Jordan Lee");
        robot.clickOn("#centreName").write("Northfield College");
        robot.clickOn("#qualification").write("OCR Level 3 NVQ Certificate in Customer Service");
        robot.clickOn("#unitSearch").type(javafx.scene.input.KeyCode.TAB);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertTrue(box(robot, "ocr-b13").isSelected(), "Tab into the list, Space ticks the first unit");
        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.SPACE);
        assertTrue(box(robot, "ocr-b14").isSelected(), "Down, Space ticks the next");
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertFalse(box(robot, "ocr-b14").isSelected(), "Space again unticks it");

        robot.clickOn(robot.lookup("#unitChoices .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> "ocr-f17".equals(c.getItem() == null ? null
                        : ((ers.spec.CatalogEntry) c.getItem()).spec().id())).findFirst().orElseThrow(),
                javafx.scene.input.MouseButton.PRIMARY);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        assertTrue(box(robot, "ocr-f17").isSelected(), "Space on the unit clicked ticks it");
        robot.clickOn("#choose-ocr-b14").type(javafx.scene.input.KeyCode.SPACE);
        assertFalse(box(robot, "ocr-b14").isSelected(), "a click on the box ticks, Space there unticks");
        assertTrue(box(robot, "ocr-b13").isSelected() && box(robot, "ocr-f17").isSelected(), "the others stay ticked");
        robot.interact(() -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertEquals(java.util.List.of("ocr-b13", "ocr-f17"), result.get().orElseThrow().units().stream()
                .map(u -> u.spec().id()).toList(), "the units ticked by keyboard are the portfolio's");
    }

    private static javafx.scene.control.CheckBox box(FxRobot robot, String unit) {
        return robot.lookup("#choose-" + unit).queryAs(javafx.scene.control.CheckBox.class);
    }

    @Test
    void theUnitsToExportAreChosenWithTheKeyboard(FxRobot robot) throws Exception {
        var result = showing(robot, () -> new FxDialogService(stage).chooseUnitsToExport(Portfolios.small(), "ocr-b13"),
                "#exportUnitsButton");
        javafx.scene.control.RadioButton thisUnit = robot.lookup("#exportThisUnit").queryAs(javafx.scene.control.RadioButton.class);
        assertTrue(thisUnit.isSelected() && thisUnit.isFocused(), "the unit shown is offered first");
        assertTrue(thisUnit.getText().replace("_", "").startsWith("This unit (B13 "), thisUnit.getText());
        Button export = robot.lookup("#exportUnitsButton").queryButton();
        robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.SPACE);
        assertTrue(robot.lookup("#exportChosenUnits").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        assertTrue(export.isDisabled(), "no unit ticked yet");
        robot.type(javafx.scene.input.KeyCode.TAB).type(javafx.scene.input.KeyCode.TAB).type(javafx.scene.input.KeyCode.SPACE);
        assertTrue(robot.lookup("#exportUnit-ocr-b14").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        assertFalse(export.isDisabled());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertEquals(java.util.List.of("ocr-b14"), result.get().orElseThrow().unitIds());
    }

    @Test
    void anAssessorsNameTheSheetCannotPrintIsRefusedWithTheReasonUntilItIsMended(FxRobot robot) throws Exception {
        AtomicReference<Optional<EditDetails>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(new FxDialogService(stage).editDetails(Portfolios.small())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#assessorName").tryQuery()
                .map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        TextField name = robot.lookup("#assessorName").queryAs(TextField.class);
        // ControlsFX's validation may wrap the dialog's pane in its decoration pane, so look it up.
        DialogPane pane = (DialogPane) name.getScene().getRoot().lookup(".dialog-pane");
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
