package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.home.AppHome;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.edit.EditRow;
import ers.testing.Portfolios;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The window's panes as a user arranges them: dragged, hidden and shown from the View menu, kept for next time. */
@Tag("ui")
class PanesTest extends WindowTest {

    private static Bounds onScreen(Node node) {
        return node.localToScreen(node.getLayoutBounds());
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && onScreen(node).getWidth() > 0;
    }

    /** Where the divider right of the unit list is, found as the user finds it: at the list's right edge. */
    private double unitDividerX(FxRobot robot) {
        Node divider = robot.lookup("#mainPanes .split-pane-divider").query();
        return onScreen(divider).getCenterX();
    }

    private void dragUnitDividerTo(FxRobot robot, double x) {
        double y = onScreen(robot.lookup("#unitList").query()).getCenterY();
        robot.moveTo(new javafx.geometry.Point2D(unitDividerX(robot), y)).press(MouseButton.PRIMARY);
        double from = unitDividerX(robot);
        for (int step = 1; step <= 6; step++) {
            robot.moveTo(new javafx.geometry.Point2D(from + (x - from) * step / 6, y));
        }
        robot.release(MouseButton.PRIMARY);
    }

    private String status(FxRobot robot) {
        return robot.lookup("#statusLine").queryAs(Label.class).getText();
    }

    private CheckMenuItem viewItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .map(CheckMenuItem.class::cast).findFirst().orElseThrow();
    }

    /** The words a button shows, as drawn: a button too narrow for them shows them cut short with "…". */
    private static String drawn(Button button) {
        return ((Text) button.lookup(".text")).getText();
    }

    @Test
    void aSidePaneDraggedShutClosesAndTheViewMenuBringsItBack(FxRobot robot) {
        Node list = robot.lookup("#unitList").query();
        dragUnitDividerTo(robot, onScreen(stage.getScene().getRoot()).getMinX() + 4);
        assertFalse(showing(list), "no strip of the unit list is left at the edge");
        assertFalse(viewItem(robot, "showUnitsItem").isSelected());
        assertEquals("The unit list is hidden; View > Unit list (Ctrl+1) shows it again.", status(robot));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertTrue(showing(list), "Ctrl+1 shows it again");
        assertTrue(onScreen(list).getWidth() > 150, "at a width to work in: " + onScreen(list).getWidth());
        Button remove = robot.lookup("#removeUnitButton").queryAs(Button.class);
        assertEquals("Remove", drawn(remove));
    }

    @Test
    void narrowingTheUnitListNeverCutsItsButtons(FxRobot robot) {
        Node list = robot.lookup("#unitList").query();
        double left = onScreen(stage.getScene().getRoot()).getMinX();
        dragUnitDividerTo(robot, left + 125);
        assertTrue(showing(list), "narrowed, not shut");
        Button add = robot.lookup("#addUnitButton").queryAs(Button.class);
        Button remove = robot.lookup("#removeUnitButton").queryAs(Button.class);
        assertEquals("+ Add unit", drawn(add));
        assertEquals("Remove", drawn(remove));
        Bounds pane = onScreen(robot.lookup("#unitListSide").query());
        assertTrue(onScreen(remove).getMaxX() <= pane.getMaxX(), "the Remove button is whole inside the pane");
    }

    @Test
    void theViewMenuShowsAndHidesEachPartWithItsKey(FxRobot robot) {
        Node details = robot.lookup("#detailsPane").query();
        TitledPane signatures = robot.lookup("#signaturesPane").queryAs(TitledPane.class);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertFalse(showing(details), "Ctrl+2 hides the details");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertTrue(signatures.isExpanded(), "Ctrl+3 opens the signatures");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertTrue(showing(details), "Ctrl+2 again shows them");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        assertFalse(signatures.isExpanded());
    }

    private Node titleHeader(FxRobot robot) {
        return robot.lookup("#evidenceGrid .column-header").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().equals("titleColumn")).findFirst().orElseThrow();
    }

    private double titleWidth(FxRobot robot) {
        TableView<?> table = robot.lookup("#evidenceGrid").queryAs(TableView.class);
        return table.getColumns().stream().filter(c -> "titleColumn".equals(c.getId())).findFirst().orElseThrow()
                .getWidth();
    }

    @Test
    void paneSizesWhatIsShownAndTheTitleWidthAreKeptForTheNextStart(FxRobot robot) throws Exception {
        double left = onScreen(stage.getScene().getRoot()).getMinX();
        dragUnitDividerTo(robot, left + 290);
        double unitsWidth = onScreen(robot.lookup("#unitListSide").query()).getWidth();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        double before = titleWidth(robot);
        Bounds header = onScreen(titleHeader(robot));
        robot.drag(new javafx.geometry.Point2D(header.getMaxX() - 1, header.getCenterY()), MouseButton.PRIMARY)
                .moveBy(60, 0).moveBy(60, 0).release(MouseButton.PRIMARY);
        double widened = titleWidth(robot);
        assertTrue(widened > before + 100, "the title column was widened: " + before + " to " + widened);

        robot.interact(() -> {
            editor.shutdown();
            editor = new Editor(stage, new AppHome(home.resolve("ers-home")), w -> dialogs,
                    new ers.ui.work.WaitingWork(Runnable::run));
            editor.model().open(file);
        });
        assertEquals(unitsWidth, onScreen(robot.lookup("#unitListSide").query()).getWidth(), 2, "the unit list's width");
        assertFalse(robot.lookup("#detailsPane").tryQuery().map(PanesTest::showing).orElse(false),
                "the details stay hidden");
        assertTrue(robot.lookup("#signaturesPane").queryAs(TitledPane.class).isExpanded(), "the signatures stay open");
        assertEquals(widened, titleWidth(robot), 1, "the title column keeps its width");
    }

    private TableCell<?, ?> titleCell(FxRobot robot, int row) {
        return robot.lookup(".title-cell").queryAll().stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getIndex() == row).findFirst().orElseThrow();
    }

    private static String drawnText(TableCell<?, ?> cell) {
        return cell.lookupAll(".text").stream().map(n -> ((Text) n).getText()).reduce("", String::concat);
    }

    @Test
    void twoLineRowsShowMoreOfALongTitleAndAreKept(FxRobot robot) throws Exception {
        Path longTitle = home.resolve("long.ers.json");
        PortfolioWriter.save(EditRow.title("ocr-b13", "r1", "Observation of the weekly repairs team briefing on the "
                + "new appointment targets, with notes").applyTo(Portfolios.small()), longTitle);
        robot.interact(() -> editor.model().open(longTitle));
        String oneLine = drawnText(titleCell(robot, 0));
        assertTrue(oneLine.endsWith("…") || oneLine.endsWith("..."), "cut short on one line: " + oneLine);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        TableCell<?, ?> cell = titleCell(robot, 0);
        String twoLines = drawnText(cell);
        assertTrue(twoLines.replace("\n", "").length() > oneLine.length() + 10, "more shows: " + twoLines);
        assertTrue(cell.getHeight() > 40, "the row is two lines high: " + cell.getHeight());

        robot.interact(() -> {
            editor.shutdown();
            editor = new Editor(stage, new AppHome(home.resolve("ers-home")), w -> dialogs,
                    new ers.ui.work.WaitingWork(Runnable::run));
            editor.model().open(longTitle);
        });
        assertTrue(titleCell(robot, 0).getHeight() > 40, "two-line rows are kept for the next start");
    }
}
