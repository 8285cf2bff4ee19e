package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Mapping from the criterion's side: which evidence covers it, going to a row, filtering rows to it. */
@Tag("ui")
class CriterionSideTest extends WindowTest {

    private TableView<?> grid(FxRobot robot) {
        return robot.lookup("#evidenceGrid").queryAs(TableView.class);
    }

    /** The count in a criterion's header, scrolled into sight as a user would. */
    private Node countOf(FxRobot robot, String criterion) {
        @SuppressWarnings("unchecked")
        TableView<Object> table = (TableView<Object>) grid(robot);
        robot.interact(() -> table.getVisibleLeafColumns().stream()
                .filter(c -> ers.ui.grid.EvidenceGrid.criterionColumnId(criterion).equals(c.getId()))
                .findFirst().ifPresent(table::scrollToColumn));
        return robot.lookup("#" + ers.ui.grid.EvidenceGrid.criterionColumnId(criterion)).queryAll().stream()
                .flatMap(n -> n.lookupAll(".criterion-count").stream()).findFirst().orElseThrow();
    }

    private List<String> listed(FxRobot robot) {
        ListView<?> list = robot.lookup("#criterionEvidence").queryListView();
        return list.getItems().stream().map(r -> ((ers.portfolio.EvidenceRow) r).reference()).toList();
    }

    private boolean listShowing(FxRobot robot) {
        return robot.lookup("#criterionEvidencePopup").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false);
    }

    private List<String> shownReferences(FxRobot robot) {
        return grid(robot).getItems().stream().map(r -> ((ers.ui.grid.GridRow) r).get().reference()).toList();
    }

    @Test
    void clickingACountListsTheEvidenceAndEnterGoesToTheRow(FxRobot robot) throws Exception {
        openWithRows(robot, "Witness statement", "Customer survey");
        robot.clickOn(cell(robot, 3, "1.2"));
        assertEquals("2", count(robot, "1.2"));
        robot.clickOn(countOf(robot, "1.2"));
        assertTrue(listShowing(robot));
        assertTrue(robot.lookup("#criterionEvidenceHeading").queryAs(Label.class).getText()
                .startsWith("1.2  develop specific plans"), "the criterion is named in full");
        assertEquals("2 rows of evidence cover 1.2:", robot.lookup("#criterionEvidenceCount").queryAs(Label.class).getText());
        assertEquals(List.of("E1", "E4"), listed(robot));

        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        assertFalse(listShowing(robot), "the list closes");
        assertEquals(3, grid(robot).getFocusModel().getFocusedCell().getRow(), "the cursor is on E4");
        assertEquals("criterion-1_2", grid(robot).getFocusModel().getFocusedCell().getTableColumn().getId());
        assertEquals(grid(robot), stage.getScene().getFocusOwner(), "the keyboard is in the grid");
    }

    @Test
    void anUncoveredCriterionSaysSoAndEscapeCloses(FxRobot robot) {
        robot.clickOn(countOf(robot, "4.2"));
        assertEquals("No evidence covers 4.2 yet.", robot.lookup("#criterionEvidenceCount").queryAs(Label.class).getText());
        robot.type(KeyCode.ESCAPE);
        assertFalse(listShowing(robot));
    }

    @Test
    void rowsAreFilteredToACriterionUntilTheUserShowsAllAgain(FxRobot robot) throws Exception {
        openWithRows(robot, "Witness statement", "Customer survey");
        robot.clickOn(cell(robot, 2, "2.1"));
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertEquals(List.of("E2", "E3"), listed(robot), "Ctrl+Enter lists the evidence for the criterion under the cursor");
        robot.clickOn("#filterToCriterionButton");
        assertEquals(List.of("E2", "E3"), shownReferences(robot));
        assertTrue(robot.lookup("#rowFilterText").queryAs(Label.class).getText()
                .startsWith("Showing only the 2 rows covering 2.1"));

        robot.clickOn(cell(robot, 1, "2.1"));
        assertFalse(rows().get(2).covers("2.1"), "E3 unticked");
        assertEquals(List.of("E2", "E3"), shownReferences(robot), "the row unticked stays under the pointer");
        assertEquals("1", count(robot, "2.1"), "the counts are the unit's, not the filter's");

        robot.clickOn("#showAllRowsButton");
        assertEquals(List.of("E1", "E2", "E3", "E4"), shownReferences(robot));
        assertFalse(robot.lookup("#rowFilterBar").query().isVisible());

        robot.clickOn(cell(robot, 0, "1.1"));
        robot.type(KeyCode.SPACE);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(List.of("E1"), shownReferences(robot), "Ctrl+Shift+L filters to the criterion under the cursor");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(List.of("E1", "E2", "E3", "E4"), shownReferences(robot), "and again shows all");
    }
}
