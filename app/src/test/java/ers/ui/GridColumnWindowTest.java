package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioWriter;
import ers.testing.Portfolios;
import ers.ui.grid.GridRow;
import ers.ui.grid.TickCell;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The grid holds cells only for the criteria on screen: a unit with twice the criteria puts no
 * more cells in the window, and the keyboard still reaches, shows and ticks every criterion.
 */
@Tag("ui")
class GridColumnWindowTest extends WindowTest {

    @Test
    void twiceTheCriteriaPutNoMoreCellsInTheWindow(FxRobot robot) throws Exception {
        int sixty = cellsShowing(robot, 6);
        int hundredTwenty = cellsShowing(robot, 12);
        int rowsOnScreen = rowsShowing(robot);
        assertTrue(rowsOnScreen > 5, "the grid shows rows: " + rowsOnScreen);
        // Rounding at the window's edges may cost a column more or less.
        assertTrue(Math.abs(hundredTwenty - sixty) <= rowsOnScreen,
                "cells with 60 criteria " + sixty + ", with 120 criteria " + hundredTwenty);
        assertTrue(hundredTwenty < rowsOnScreen * 60,
                "far fewer cells than rows on screen times criteria: " + hundredTwenty + " for " + rowsOnScreen + " rows");
    }

    @Test
    void theKeyboardWalksToTheLastCriterionAndTicksIt(FxRobot robot) throws Exception {
        Path wide = home.resolve("wide.ers.json");
        PortfolioWriter.save(Portfolios.large(30, 8, 10), wide);
        openOnSheets(robot, wide);
        TableView<GridRow> table = grid(robot);
        robot.clickOn(cell(robot, 2, "1.1"));
        for (int step = 1; step < 80; step++) {
            robot.type(KeyCode.RIGHT);
        }
        assertEquals("criterion-8_10", table.getFocusModel().getFocusedCell().getTableColumn().getId(),
                "the cursor is on the last criterion");
        robot.type(KeyCode.SPACE);
        assertTrue(editor.model().portfolio().units().get(0).evidence().get(2).covers("8.10"),
                "Space on the last criterion ticks it");
        TickCell last = robot.lookup(".tick-cell").queryAllAs(TickCell.class).stream()
                .filter(c -> c.getIndex() == 2 && c.criterion().equals("8.10")).findFirst()
                .orElseThrow(() -> new AssertionError("the cell of 8.10 is in the window"));
        Bounds grid = table.localToScene(table.getLayoutBounds());
        Bounds shown = last.localToScene(last.getLayoutBounds());
        assertTrue(grid.contains(shown.getCenterX(), shown.getCenterY()), "it is on screen: " + shown);
        assertEquals(TickCell.TICK, last.getText(), "and shows its tick");
        Bounds header = robot.lookup("#criterion-8_10").query().localToScene(
                robot.lookup("#criterion-8_10").query().getLayoutBounds());
        assertEquals(header.getMinX(), shown.getMinX(), 2, "under its own header");
    }

    /** Opens a unit of 200 rows and {@code outcomes} x 10 criteria; the cells then in the scene. */
    private int cellsShowing(FxRobot robot, int outcomes) throws Exception {
        Path unit = home.resolve("unit-" + outcomes + ".ers.json");
        PortfolioWriter.save(Portfolios.large(200, outcomes, 10), unit);
        openOnSheets(robot, unit);
        TableView<GridRow> table = grid(robot);
        robot.interact(() -> {
            table.scrollTo(100);
            table.layout();
        });
        return robot.lookup(n -> n instanceof TableCell).queryAll().size();
    }

    private int rowsShowing(FxRobot robot) {
        return robot.lookup(".table-row-cell").queryAll().size();
    }

    @SuppressWarnings("unchecked")
    private TableView<GridRow> grid(FxRobot robot) {
        return robot.lookup("#evidenceGrid").queryAs(TableView.class);
    }
}
