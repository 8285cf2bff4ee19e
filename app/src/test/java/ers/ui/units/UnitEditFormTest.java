package ers.ui.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.spec.SpecSection;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import ers.spec.UnitSpecReader;
import ers.spec.UnitSpecWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Edit unit… on the user's own unit: every part of it (header, outcomes and criteria, third
 * column, purpose, sections, notes) is changed with keys and clicks, problems are shown where
 * they were typed, and the unit file saved holds exactly what the form showed.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UnitEditFormTest {

    @TempDir
    static Path dir;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        Path units = dir.resolve("units-" + System.nanoTime());
        Files.createDirectories(units);
        UnitSpec f17 = UnitCatalog.bundledOnly().find("ocr-f17").orElseThrow().withIdentity("centre-f17", "F17C");
        file = units.resolve("centre-f17.json");
        Files.write(file, UnitSpecWriter.toBytes(f17, file.toString()));
        var entry = UnitCatalog.load(units).entry("centre-f17").orElseThrow();
        stage.setScene(new Scene(new UnitEditView(new UnitEditModel(entry, units, () -> UnitCatalog.load(units))), 1000, 700));
        stage.show();
    }

    @Test
    void theHeaderIsEditedAndABadValueIsShownBesideItsField(FxRobot robot) throws Exception {
        robot.clickOn("#unitReference").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("B/123/4567");
        robot.clickOn("#unitExpiry").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("31/13/2030");

        assertEquals("\u26a0 \"31/13/2030\" is not a date; write it as 28/02/2015", label(robot, "#unitExpiryProblem"));
        assertEquals("Unit \u26a0", tabs(robot).getTabs().get(0).getText());
        assertTrue(button(robot, "#editSave").isDisabled());

        robot.eraseText(7).write("12/2030");
        assertEquals("", label(robot, "#unitExpiryProblem"));
        assertEquals("Unit", tabs(robot).getTabs().get(0).getText());
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);

        assertEquals("Saved to " + file + ".", label(robot, "#editMessage"));
        UnitSpec saved = UnitSpecReader.read(file);
        assertEquals("B/123/4567", saved.unitReferenceNumber());
        assertEquals(LocalDate.of(2030, 12, 31), saved.expiryDate());
    }

    @Test
    void outcomesAndCriteriaAreReorderedAddedRemovedAndRenumberedByKeys(FxRobot robot) throws Exception {
        robot.press(KeyCode.ALT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.ALT);
        TableView<DraftLine> grid = grid(robot);
        robot.clickOn(row(robot, 0));
        robot.press(KeyCode.CONTROL, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.CONTROL);
        assertEquals("LO 2", cell(robot, 0, 0), "outcome 1 moved below outcome 2 with its criteria");
        assertEquals("  1.1", cell(robot, grid.getItems().indexOf(grid.getItems().stream()
                .filter(l -> l.number().equals("1")).findFirst().orElseThrow()) + 1, 0));

        robot.press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        assertEquals("LO 1", cell(robot, 0, 0));
        assertEquals("Be able to support staff in meeting customer service standards.", cell(robot, 0, 1));

        robot.clickOn(row(robot, 1)).type(KeyCode.INSERT);
        assertEquals("  1.4", cell(robot, 2, 0), "a new criterion takes the next number of its outcome");
        assertEquals("New criterion", cell(robot, 2, 1));
        robot.type(KeyCode.F2).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Agree a rota with the team").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Agree a rota with the team", cell(robot, 2, 1));
        robot.press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        assertEquals("  1.2", cell(robot, 2, 0));
        assertEquals("  1.3", cell(robot, 3, 0));

        robot.clickOn(row(robot, 3)).type(KeyCode.DELETE);
        assertEquals(List.of("1", "1.1", "1.2", "1.4"), grid.getItems().subList(0, 4).stream().map(DraftLine::number).toList());
        robot.press(KeyCode.ALT, KeyCode.B).release(KeyCode.B, KeyCode.ALT);
        robot.clickOn(row(robot, 0)).clickOn("#unitGuidance").press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL).write("Staff rotas\n\u2022 Training records");
        robot.press(KeyCode.ALT, KeyCode.S).release(KeyCode.S, KeyCode.ALT);

        UnitSpec saved = UnitSpecReader.read(file);
        assertEquals("Be able to support staff in meeting customer service standards.", saved.learningOutcomes().get(0).title());
        assertEquals(List.of("1.1", "1.2", "1.3"), saved.learningOutcomes().get(0).criteria().stream().map(c -> c.number()).toList());
        assertEquals("Agree a rota with the team", saved.criterion("1.2").orElseThrow().text());
        assertEquals(List.of("Staff rotas", "\u2022 Training records"), saved.learningOutcomes().get(0).guidance());
        assertEquals("Be able to establish and communicate measurable customer service standards for own area of responsibility.",
                saved.learningOutcomes().get(1).title());
    }

    @Test
    void aCriterionMovedUnderAnotherOutcomeIsFlaggedOnItsLineUntilRenumberedByClicks(FxRobot robot) throws Exception {
        robot.clickOn("Outcomes and criteria");
        int firstOfLo2 = grid(robot).getItems().indexOf(grid(robot).getItems().stream()
                .filter(l -> l.number().equals("2.1")).findFirst().orElseThrow());
        robot.clickOn(row(robot, firstOfLo2)).clickOn("#moveUp");

        assertEquals("criterion 2.1 is listed under learning outcome 1; its number says outcome 2",
                problemShown(robot, firstOfLo2 - 1));
        assertEquals("Outcomes and criteria \u26a0", tabs(robot).getTabs().get(1).getText());
        assertTrue(button(robot, "#editSave").isDisabled());
        robot.clickOn("Unit");
        robot.doubleClickOn(robot.lookup("#unitProblems .list-cell").match((ListCell<?> c) -> c.getIndex() == 0 && !c.isEmpty()).queryAs(ListCell.class));
        assertEquals(1, tabs(robot).getSelectionModel().getSelectedIndex(), "the problem is shown where it is");
        assertEquals(firstOfLo2 - 1, grid(robot).getSelectionModel().getSelectedIndex());

        robot.clickOn("#renumber");
        assertFalse(button(robot, "#editSave").isDisabled());
        robot.clickOn("#editSave");
        UnitSpec saved = UnitSpecReader.read(file);
        assertEquals(firstOfLo2 - 1, saved.learningOutcomes().get(0).criteria().size(), "the outcome's own and the one moved in");
    }

    @Test
    void purposeSectionsAndNotesAreEditedAndKeptInOrder(FxRobot robot) throws Exception {
        robot.press(KeyCode.ALT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.ALT);
        robot.clickOn("#unitPurpose").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write("\nTaught in the second term.");
        robot.clickOn(section(robot, 0));
        robot.clickOn("#addSection");
        robot.write("Centre arrangements");
        robot.clickOn("#sectionText").write("Bring the team rota.\nBring the training records.");
        ListView<?> sections = robot.lookup("#unitSections").queryAs(ListView.class);
        assertTrue(((ListCell<?>) section(robot, 1)).getText()
                .startsWith("Centre arrangements"), "the list shows the heading as it is typed");
        robot.clickOn(section(robot, 1))
                .press(KeyCode.CONTROL, KeyCode.UP).release(KeyCode.UP, KeyCode.CONTROL);
        assertEquals(0, sections.getSelectionModel().getSelectedIndex());
        robot.clickOn(section(robot, 2)).clickOn("#removeSection");
        int count = sections.getItems().size();

        robot.clickOn(section(robot, 0));
        robot.doubleClickOn("#sectionHeading").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE);
        assertTrue(label(robot, "#sectionProblem").startsWith("\u26a0 "), label(robot, "#sectionProblem"));
        robot.write("Centre arrangements");
        assertEquals("", label(robot, "#sectionProblem"));

        robot.press(KeyCode.ALT, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.ALT);
        robot.clickOn("#unitNotes").press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL)
                .write("\nCentre arrangements added by the centre.");
        robot.clickOn("#editSave");

        UnitSpec saved = UnitSpecReader.read(file);
        UnitSpec bundled = UnitCatalog.bundledOnly().find("ocr-f17").orElseThrow();
        assertEquals("Taught in the second term.", saved.purpose().get(saved.purpose().size() - 1));
        assertEquals(new SpecSection(SpecSection.Kind.ADDITIONAL_INFORMATION, "Centre arrangements",
                List.of("Bring the team rota.", "Bring the training records.")), saved.sections().get(0));
        assertEquals(bundled.sections().get(0), saved.sections().get(1));
        assertEquals(count, saved.sections().size());
        assertEquals(bundled.sections().size(), count, "one added, one removed");
        assertEquals("Centre arrangements added by the centre.",
                saved.transcriptionNotes().get(saved.transcriptionNotes().size() - 1));
    }

    /** The grid's row showing line {@code index} (rows are reused, so their order on screen is not their index). */
    private static Node row(FxRobot robot, int index) {
        TableView<DraftLine> grid = grid(robot);
        if (robot.lookup("#unitGrid .table-row-cell").match((TableRow<?> r) -> r.getIndex() == index && !r.isEmpty()
                && r.getBoundsInParent().getMinY() >= 0).tryQuery().isEmpty()) {
            robot.interact(() -> grid.scrollTo(index));
        }
        return robot.lookup("#unitGrid .table-row-cell").match((TableRow<?> r) -> r.getIndex() == index && !r.isEmpty())
                .queryAs(TableRow.class);
    }

    private static String cell(FxRobot robot, int row, int column) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.from(row(robot, row)).lookup(".table-cell").match((TableCell<?, ?> c) ->
                c.getTableColumn() == grid(robot).getColumns().get(column)).queryAs(TableCell.class).getText();
    }

    private static Node section(FxRobot robot, int index) {
        return robot.lookup("#unitSections .list-cell").match((ListCell<?> c) -> c.getIndex() == index && !c.isEmpty())
                .queryAs(ListCell.class);
    }

    /** The "To put right" cell of a grid line, without its warning sign. */
    private static String problemShown(FxRobot robot, int row) {
        String text = cell(robot, row, 3);
        return text == null ? "" : text.replaceFirst("^\u26a0 ", "");
    }

    @SuppressWarnings("unchecked")
    private static TableView<DraftLine> grid(FxRobot robot) {
        return robot.lookup("#unitGrid").queryAs(TableView.class);
    }

    private static TabPane tabs(FxRobot robot) {
        return robot.lookup("#unitTabs").queryAs(TabPane.class);
    }

    private static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
