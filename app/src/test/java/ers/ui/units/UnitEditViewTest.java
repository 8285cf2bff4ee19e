package ers.ui.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import ers.spec.UnitSpecReader;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Edit unit… on a bundled unit: read-only until copied, then the copy is edited and saved. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class UnitEditViewTest {

    @TempDir
    static Path dir;
    private Path units;

    @Start
    void start(Stage stage) {
        units = dir.resolve("units-" + System.nanoTime());
        var f17 = UnitCatalog.bundledOnly().entry("ocr-f17").orElseThrow();
        stage.setScene(new Scene(new UnitEditView(new UnitEditModel(f17, units, () -> UnitCatalog.load(units))), 820, 700));
        stage.show();
    }

    @Test
    void aBundledUnitIsCopiedAsTheUsersOwnAndTheCopyEdited(FxRobot robot) throws Exception {
        assertTrue(robot.lookup("#editSave").queryAs(Button.class).isDisabled());
        assertTrue(!robot.lookup("#unitTitle").queryAs(TextField.class).isEditable());

        robot.clickOn("#editCopy");
        Path copy = units.resolve("centre-ocr-f17.json");
        assertEquals("Saved to " + copy + ".", robot.lookup("#editMessage").queryAs(Label.class).getText());

        robot.clickOn("Outcomes and criteria");
        robot.clickOn(robot.lookup("#unitGrid .table-row-cell").nth(2).queryAs(Node.class));
        robot.clickOn("#removeLine");
        robot.clickOn("#renumber");
        robot.clickOn("#editSave");

        UnitSpec saved = UnitSpecReader.read(copy);
        assertEquals("centre-ocr-f17", saved.id());
        assertEquals(9, saved.criteria().size());
        assertEquals("Describe measurement criteria to monitor customer service performance.",
                saved.criterion("1.2").orElseThrow().text());
    }

    @Test
    void aProblemIsShownAsTheUserTypes(FxRobot robot) {
        robot.clickOn("#editCopy");
        robot.doubleClickOn("#unitLevel").write("9");

        assertTrue(robot.lookup("#editSave").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#unitProblems").queryAs(javafx.scene.control.ListView.class).getItems().stream()
                .map(Object::toString).toList()
                .contains("Level: \"9\" is not a level; write 1 to 8, or Entry 1 to 3 (E1 to E3)"));
        assertEquals("\u26a0 \"9\" is not a level; write 1 to 8, or Entry 1 to 3 (E1 to E3)",
                robot.lookup("#unitLevelProblem").queryAs(Label.class).getText(), "the reason is shown where the user typed");
    }
}
