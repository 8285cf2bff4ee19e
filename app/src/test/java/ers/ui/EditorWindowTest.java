package ers.ui;

import ers.portfolio.EvidenceRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.testing.Portfolios;
import ers.ui.grid.TickCell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window with mouse and keyboard, as an assessor would, on a small portfolio. */
@Tag("ui")
class EditorWindowTest extends WindowTest {

    @Test
    void clickTicksAndSpaceUnticksAndCoverageFollows(FxRobot robot) throws Exception {
        assertEquals("0", count(robot, "2.2"));
        assertTrue(unitListText(robot).contains("3/27 criteria covered"), unitListText(robot));

        robot.clickOn(cell(robot, 1, "2.2"));
        assertTrue(rows().get(1).covers("2.2"));
        assertEquals(TickCell.TICK, cell(robot, 1, "2.2").getText());
        assertEquals("1", count(robot, "2.2"));
        assertTrue(unitListText(robot).contains("4/27 criteria covered"), unitListText(robot));
        assertTrue(stage.getTitle().startsWith("* alex.ers.json"));

        robot.type(KeyCode.SPACE);
        assertFalse(rows().get(1).covers("2.2"));
        assertEquals("0", count(robot, "2.2"));
        assertTrue(unitListText(robot).contains("3/27 criteria covered"));

        robot.clickOn(cell(robot, 0, "1.1"));
        assertFalse(rows().get(0).covers("1.1"), "clicking a tick removes it");
    }

    @Test
    void addARowTypeItsTitleThenUndoAndRedo(FxRobot robot) throws Exception {
        robot.clickOn("#addRowButton");
        assertEquals(3, rows().size());
        assertEquals("E3", rows().get(2).reference());
        robot.write("Witness statement from the manager").type(KeyCode.ENTER);
        assertEquals("Witness statement from the manager", rows().get(2).title());

        robot.clickOn(cell(robot, 2, "3.1"));
        assertTrue(rows().get(2).covers("3.1"));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertFalse(rows().get(2).covers("3.1"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals("", rows().get(2).title());
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        assertEquals(2, rows().size());
        assertEquals("alex.ers.json — Evidence Record Sheets", stage.getTitle(), "back where it was saved");

        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        assertEquals("Witness statement from the manager", rows().get(2).title());
        assertTrue(stage.getTitle().startsWith("* "));
    }

    @Test
    void savedWorkReopensTheSame(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 1, "2.3"));
        robot.clickOn("#addRowButton").write("Product: rota").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        assertEquals("alex.ers.json — Evidence Record Sheets", stage.getTitle());
        Portfolio saved = editor.model().portfolio();
        assertEquals(saved, PortfolioReader.read(file));

        robot.interact(() -> editor.model().open(file));
        assertEquals(saved, editor.model().portfolio());
        assertTrue(cell(robot, 1, "2.3").getText() != null);
        assertEquals("Product: rota", robot.lookup("#evidenceGrid").queryAs(TableView.class).getItems().size() == 3
                ? rows().get(2).title() : "missing row");
    }

    @Test
    void keysMoveLikeASpreadsheet(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 0, "1.2"));
        TableView<?> table = robot.lookup("#evidenceGrid").queryAs(TableView.class);
        robot.type(KeyCode.TAB);
        assertEquals("criterion-1_3", table.getFocusModel().getFocusedCell().getTableColumn().getId());
        robot.type(KeyCode.ENTER);
        assertEquals(1, table.getFocusModel().getFocusedCell().getRow());
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.SPACE);
        assertTrue(rows().get(1).covers("1.2"));
        assertTrue(robot.lookup("#criterionDetail").queryAs(Label.class).getText().startsWith("1.2 "));
    }

    @Test
    void theFilterHidesCoveredCriteria(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#evidenceGrid").queryAs(TableView.class);
        robot.clickOn("#onlyUncoveredToggle");
        List<String> shown = table.getVisibleLeafColumns().stream().map(TableColumn::getId)
                .filter(id -> id.startsWith("criterion-")).toList();
        assertFalse(shown.contains("criterion-1_1"));
        assertFalse(shown.contains("criterion-2_1"));
        assertTrue(shown.contains("criterion-1_3"));
        assertEquals(24, shown.size());
        robot.clickOn("#onlyUncoveredToggle");
        assertFalse(robot.lookup("#onlyUncoveredToggle").queryAs(CheckBox.class).isSelected());
    }

    @Test
    void deleteDuplicateMoveAndFlaggedReferences(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 0, "1.4"));
        robot.clickOn("#duplicateRowButton");
        assertEquals(List.of("E1", "E3", "E2"), rows().stream().map(EvidenceRow::reference).toList());
        robot.clickOn("#moveDownButton");
        assertEquals(List.of("E1", "E2", "E3"), rows().stream().map(EvidenceRow::reference).toList());
        robot.clickOn("#referenceField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("E1").type(KeyCode.ENTER);
        assertEquals(List.of("E1", "E2", "E1"), rows().stream().map(EvidenceRow::reference).toList());
        assertTrue(robot.lookup(".duplicate").tryQuery().isPresent(), "a reference used twice is flagged");
        robot.clickOn("#deleteRowButton");
        assertEquals(List.of("E1", "E2"), rows().stream().map(EvidenceRow::reference).toList());
        assertTrue(robot.lookup("#statusLine").queryAs(Label.class).getText().contains("Undo"));
        assertEquals(List.of(), dialogs.asked, "no confirmation for deleting a row");
    }

    @Test
    void aUnitCanBeAddedAndRemoved(FxRobot robot) throws Exception {
        dialogs.unitsToAdd = List.of(Portfolios.bundled("ocr-f17"));
        robot.clickOn("#addUnitButton");
        ListView<?> list = robot.lookup("#unitList").queryAs(ListView.class);
        assertEquals(List.of("ocr-b13", "ocr-b14", "ocr-f17"), list.getItems());
        assertEquals("ocr-f17", list.getSelectionModel().getSelectedItem());
        assertTrue(robot.lookup("#unitWarning").queryAs(Label.class).getText().contains("expired on 28/02/2015"));
        robot.clickOn("#removeUnitButton");
        assertEquals(List.of("ocr-b13", "ocr-b14"), list.getItems());
    }

    @Test
    void unsavedWorkReachesTheRecoveryCopy(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 1, "2.4"));
        editor.flushRecovery();
        Path folder = editor.home().recovery();
        Path copy;
        try (var files = Files.list(folder)) {
            copy = files.filter(p -> p.toString().endsWith(".ers.json")).findFirst().orElseThrow();
        }
        assertTrue(PortfolioReader.read(copy).unit("ocr-b13").orElseThrow().evidence().get(1).covers("2.4"));
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        editor.flushRecovery();
        assertFalse(Files.exists(copy), "a clean save leaves nothing to recover");
    }

    @Test
    void workLeftByAStoppedEditorIsOfferedAndRestoredUnsaved(FxRobot robot) throws Exception {
        Portfolio lost = new ers.portfolio.edit.SetCriterion("ocr-b13", "r2", "2.5", true).applyTo(Portfolios.small());
        Path folder = editor.home().recovery();
        Files.writeString(folder.resolve("session-gone.origin"), file.toAbsolutePath().toString());
        ers.portfolio.PortfolioWriter.save(lost, folder.resolve("session-gone.ers.json"));
        dialogs.recoveryAnswers.add(DialogService.RecoveryChoice.RESTORE);

        robot.interact(editor::offerRecovery);

        assertEquals("recover: " + file.toAbsolutePath(), dialogs.asked.get(0));
        assertEquals(lost, editor.model().portfolio());
        assertEquals("* alex.ers.json — Evidence Record Sheets", stage.getTitle(), "restored work is not yet saved");
        assertFalse(Files.exists(folder.resolve("session-gone.ers.json")), "the copy was taken");
    }

    @Test
    void theMethodCellPicksFromTheCentresKey(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 0, "1.3"));
        robot.type(KeyCode.LEFT, 3);
        TableView<?> table = robot.lookup("#evidenceGrid").queryAs(TableView.class);
        assertEquals("methodColumn", table.getFocusModel().getFocusedCell().getTableColumn().getId());
        robot.type(KeyCode.SPACE);
        robot.clickOn("#pick-PD");
        robot.clickOn("#applyMethods");
        assertEquals(List.of("O", "PD"), rows().get(0).methods());
        assertTrue(rows().get(0).covers("1.3"), "the click that started it ticked 1.3");
    }

    @Test
    void closingTheWindowWithUnsavedWorkAsksOnce(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 0, "1.3"));
        dialogs.unsavedAnswers.add(DialogService.UnsavedChoice.CANCEL);
        robot.interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertTrue(editor.model().unsavedProperty().get(), "Cancel keeps the work, unsaved");
        assertEquals(List.of("unsaved: alex.ers.json"), dialogs.asked);
        assertTrue(rows().get(0).covers("1.3"));
    }

    @Test
    void rowDetailsTakeUkDatesAndKeepTheDateWhenMistyped(FxRobot robot) throws Exception {
        robot.clickOn(cell(robot, 1, "1.3"));
        robot.clickOn("#dateField").write("4/3/2026").type(KeyCode.ENTER);
        assertEquals(java.time.LocalDate.of(2026, 3, 4), rows().get(1).date());
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write("31/02/2026")
                .type(KeyCode.ENTER);
        assertEquals(java.time.LocalDate.of(2026, 3, 4), rows().get(1).date());
        robot.clickOn("#locationField").write("Folder 2, page 14").type(KeyCode.ENTER);
        assertEquals("Folder 2, page 14", rows().get(1).location());
    }
}
