package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.ui.grid.TickCell;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;

/** The grid's defects as a new assessor met them, each replayed with the keys and clicks they used. */
@Tag("ui")
class GridDefectsTest extends WindowTest {

    private TableView<?> grid(FxRobot robot) {
        return robot.lookup("#evidenceGrid").queryAs(TableView.class);
    }

    private String focusedColumn(FxRobot robot) {
        return grid(robot).getFocusModel().getFocusedCell().getTableColumn().getId();
    }

    private Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    private void onMethodCellOfFirstRow(FxRobot robot) {
        robot.clickOn(cell(robot, 0, "1.3"));
        robot.type(KeyCode.SPACE); // untick again: only the cursor was wanted
        robot.type(KeyCode.LEFT, 3);
        assertEquals("methodColumn", focusedColumn(robot));
    }

    @Test
    void theMethodPickerIsReadableAndWorksFromTheKeyboard(FxRobot robot) {
        onMethodCellOfFirstRow(robot);
        robot.type(KeyCode.F2);
        ListView<?> picker = robot.lookup("#methodPicker").queryAs(ListView.class);
        assertTrue(picker.isFocused(), "the keyboard is in the picker");
        List<CheckBox> lines = robot.lookup("#methodPicker .check-box").queryAllAs(CheckBox.class).stream().toList();
        assertTrue(lines.size() >= 8, "every method of the key is listed: " + lines.size());
        for (CheckBox line : lines) {
            assertTrue(line.getText().matches("\\S+  \u2013  .+"), "code and name: " + line.getText());
            double contrast = Contrast.ofText(line);
            assertTrue(contrast >= 4.5, line.getText() + " is readable: contrast " + contrast);
        }
        assertTrue(lines.stream().anyMatch(l -> l.getText().equals("PD  \u2013  Professional discussion")));

        robot.type(KeyCode.DOWN).type(KeyCode.SPACE).type(KeyCode.ENTER);
        assertEquals(List.of("O", "PD"), rows().get(0).methods(), "Space ticked PD, Enter applied");
        assertFalse(robot.lookup("#methodPicker").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(grid(robot), focusOwner(), "the keyboard is back in the grid");

        robot.type(KeyCode.F2).type(KeyCode.SPACE).type(KeyCode.ESCAPE);
        assertEquals(List.of("O", "PD"), rows().get(0).methods(), "Escape cancels: O is still ticked");
        assertEquals(grid(robot), focusOwner());
    }

    @Test
    void spaceOnAMethodBoxInTheDetailsKeepsTheKeyboardThere(FxRobot robot) {
        robot.clickOn(cell(robot, 1, "1.3"));
        robot.type(KeyCode.SPACE);
        robot.clickOn("#method-PD");
        assertEquals(List.of("O", "PD"), rows().get(1).methods());
        assertEquals("method-PD", focusOwner().getId());
        robot.type(KeyCode.SPACE);
        assertEquals(List.of("O"), rows().get(1).methods());
        assertEquals("method-PD", focusOwner().getId(), "Space leaves the keyboard on the box");
        ListView<?> units = robot.lookup("#unitList").queryAs(ListView.class);
        robot.type(KeyCode.DOWN);
        assertEquals("ocr-b13", units.getSelectionModel().getSelectedItem(), "an arrow key does not switch unit");
    }

    @Test
    void editingAReferenceInTheGridKeepsTheKeyboardInTheGrid(FxRobot robot) {
        robot.clickOn(cell(robot, 0, "1.3"));
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.LEFT, 5);
        assertEquals("referenceColumn", focusedColumn(robot));
        robot.type(KeyCode.F2).write("E7").type(KeyCode.ENTER);
        assertEquals("E7", rows().get(0).reference());
        assertEquals(grid(robot), focusOwner());
        robot.type(KeyCode.DOWN);
        ListView<?> units = robot.lookup("#unitList").queryAs(ListView.class);
        assertEquals("ocr-b13", units.getSelectionModel().getSelectedItem(), "the arrow moved in the grid");
        assertEquals(1, grid(robot).getFocusModel().getFocusedCell().getRow());
    }

    @Test
    void tickingUnderTheUncoveredFilterSlidesNothingUnderThePointer(FxRobot robot) {
        robot.clickOn("#onlyUncoveredToggle");
        TickCell target = cell(robot, 0, "1.3");
        Point2D at = robot.point(target).query();
        robot.clickOn(at);
        assertTrue(rows().get(0).covers("1.3"));
        assertTrue(grid(robot).getVisibleLeafColumns().stream().anyMatch(c -> "criterion-1_3".equals(c.getId())),
                "the column just ticked stays");
        robot.clickOn(at);
        assertFalse(rows().get(0).covers("1.3"), "the second click unticks 1.3 instead of ticking its neighbour");
        assertFalse(rows().get(0).covers("1.4"));

        robot.clickOn(at);
        assertTrue(rows().get(0).covers("1.3"), "a third click ticks it again");
        assertTrue(robot.lookup("#" + ers.ui.grid.EvidenceGrid.criterionColumnId("1.3")).queryAll().stream()
                .anyMatch(n -> n.lookup(".covered-since") != null || n.getStyleClass().contains("covered-since")),
                "the ticked column is marked covered");
        robot.clickOn("#refreshFilterButton");
        assertFalse(grid(robot).getVisibleLeafColumns().stream().anyMatch(c -> "criterion-1_3".equals(c.getId())),
                "a refresh hides it");
    }

    @Test
    void theCriterionPaneFollowsTheCursorAcrossUnits(FxRobot robot) {
        robot.clickOn(cell(robot, 0, "1.2"));
        Label detail = robot.lookup("#criterionDetail").queryAs(Label.class);
        assertTrue(detail.getText().startsWith("1.2 "), detail.getText());
        robot.type(KeyCode.SPACE);
        robot.interact(() -> robot.lookup("#unitList").queryListView().getSelectionModel().select("ocr-b14"));
        assertFalse(detail.getText().matches("\\d+\\.\\d+ .*"), "no criterion of B13 is shown on B14: " + detail.getText());
        robot.interact(() -> robot.lookup("#unitList").queryListView().getSelectionModel().select("ocr-b13"));
        robot.clickOn(cell(robot, 0, "2.1"));
        robot.type(KeyCode.SPACE);
        assertTrue(detail.getText().startsWith("2.1 "));
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.DISCARD);
        java.nio.file.Path other = home.resolve("other.ers.json");
        robot.interact(() -> {
            try {
                java.nio.file.Files.copy(file, other);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            editor.model().open(other);
        });
        assertFalse(detail.getText().matches("\\d+\\.\\d+ .*"), "nor after opening a file: " + detail.getText());
    }

    @Test
    void aMistypedDateStaysInItsFieldWithTheReason(FxRobot robot) {
        robot.clickOn(cell(robot, 1, "1.3"));
        robot.type(KeyCode.SPACE);
        robot.clickOn("#dateField").write("4/3/2026").type(KeyCode.TAB);
        assertEquals(LocalDate.of(2026, 3, 4), rows().get(1).date());
        robot.clickOn("#dateField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("31/02/2026").type(KeyCode.TAB);
        TextInputControl date = robot.lookup("#dateField").queryAs(TextInputControl.class);
        assertEquals("31/02/2026", date.getText(), "what was typed stays");
        assertTrue(date.getStyleClass().contains("problem"), "marked");
        assertEquals("February 2026 has 28 days.", robot.lookup("#dateProblem").queryAs(Label.class).getText());
        assertEquals(LocalDate.of(2026, 3, 4), rows().get(1).date(), "the stored date is unchanged");

        robot.clickOn("#dateField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("28/02/2026").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2026, 2, 28), rows().get(1).date());
        assertEquals("", robot.lookup("#dateProblem").queryAs(Label.class).getText());
        assertFalse(date.getStyleClass().contains("problem"));
    }

    private static double sceneX(Node node) {
        return node.localToScene(node.getLayoutBounds()).getMinX();
    }

    private Node titleCell(FxRobot robot, int row) {
        return robot.lookup(".frozen-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getIndex() == row
                        && "titleColumn".equals(c.getTableColumn().getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void referenceTitleAndMethodStayWhileTheCriteriaScroll(FxRobot robot) {
        Node title = titleCell(robot, 0);
        double before = sceneX(title);
        javafx.scene.control.ScrollBar across = robot.lookup("#evidenceGrid .scroll-bar").queryAllAs(
                javafx.scene.control.ScrollBar.class).stream()
                .filter(b -> b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("B13 scrolls sideways"));
        robot.drag(across.lookup(".thumb")).dropBy(400, 0);
        assertTrue(across.getValue() > 0, "the grid scrolled");
        title = titleCell(robot, 0);
        assertEquals(before, sceneX(title), 1, "the title stays where it was");
        assertTrue(title.isVisible() && title.getScene() != null);
        javafx.scene.control.TableCell<?, ?> cell = (javafx.scene.control.TableCell<?, ?>) title;
        assertEquals("Team meeting minutes", cell.getTooltip().getText(), "the whole title on hover");
        Node header = robot.lookup("#titleColumn").query();
        assertEquals(before, sceneX(header), 2, "so does its header");
        robot.clickOn(cell(robot, 0, "4.2"));
        assertTrue(rows().get(0).covers("4.2"), "the last criterion is reachable beside the frozen columns");
    }

    @Test
    void criterionNumbersOfTwoDigitsShowWhole(FxRobot robot) throws Exception {
        java.nio.file.Path wide = home.resolve("wide.ers.json");
        ers.portfolio.PortfolioWriter.save(ers.testing.Portfolios.large(5, 3, 12), wide);
        openOnSheets(robot, wide);
        for (String number : List.of("1.9", "1.10", "2.11", "3.12")) {
            Node header = robot.lookup("#" + ers.ui.grid.EvidenceGrid.criterionColumnId(number)).query();
            List<String> shown = header.lookupAll(".text").stream()
                    .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
            assertTrue(shown.contains(number), number + " is shown whole: " + shown);
        }
    }

    private String status(FxRobot robot) {
        return robot.lookup("#statusLine").queryAs(Label.class).getText();
    }

    @Test
    void theStatusLineSaysWhatWasJustDoneInPlainWords(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 1, "2.2"));
        assertEquals("Tick 2.2. Undo with Ctrl+Z.", status(robot));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals("Undone: tick 2.2. Redo with Ctrl+Y.", status(robot));
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertEquals("Redone: tick 2.2.", status(robot));
        robot.clickOn("#duplicateRowButton");
        assertEquals("Duplicate evidence row. Undo with Ctrl+Z.", status(robot));
        robot.clickOn("#moveUpButton");
        assertEquals("Move row up. Undo with Ctrl+Z.", status(robot));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertTrue(status(robot).matches("Saved alex\\.ers\\.json in .+ at \\d\\d:\\d\\d on \\d\\d/\\d\\d/\\d{4}\\."),
                status(robot));

        ers.portfolio.Portfolio lost = new ers.portfolio.edit.SetCriterion("ocr-b13", "r2", "2.5", true)
                .applyTo(ers.testing.Portfolios.small());
        java.nio.file.Path folder = editor.home().recovery();
        java.nio.file.Files.writeString(folder.resolve("session-gone.origin"), file.toAbsolutePath().toString());
        ers.portfolio.PortfolioWriter.save(lost, folder.resolve("session-gone.ers.json"));
        dialogs.recoveryAnswers.add(DialogService.RecoveryChoice.RESTORE);
        robot.interact(editor::offerRecovery);
        assertTrue(status(robot).matches("Restored the work kept at \\d\\d:\\d\\d on \\d\\d/\\d\\d/\\d{4}\\. Check it, then save\\."),
                "a UK time, not a raw timestamp: " + status(robot));
    }
}
