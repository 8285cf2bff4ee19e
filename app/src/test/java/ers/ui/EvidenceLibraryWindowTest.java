package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.testfx.api.FxRobot;

/** An item filed for one unit, found and put on another unit's sheet, by keys alone. */
@Tag("ui")
class EvidenceLibraryWindowTest extends WindowTest {

    private static final Path REPO = Path.of(System.getProperty("ers.repo", ".")).toAbsolutePath().normalize();

    @Test
    void anItemOfOneSheetIsFoundAndAddedToAnother(FxRobot robot) {
        robot.interact(() -> editor.model().open(REPO.resolve("samples/complete-team-leading.ers.json")));
        robot.interact(() -> robot.lookup("#unitList").queryListView().getSelectionModel().select("ocr-b14"));
        Portfolio before = editor.model().portfolio();
        EvidenceRow wanted = before.unit("ocr-f17").orElseThrow().evidence().get(0);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.write(wanted.title().split(" ")[0] + " " + wanted.title().split(" ")[1]);
        robot.type(KeyCode.DOWN, KeyCode.ENTER);

        Portfolio after = editor.model().portfolio();
        var b14 = after.unit("ocr-b14").orElseThrow().evidence();
        EvidenceRow added = b14.get(b14.size() - 1);
        assertEquals(wanted.reference(), added.reference());
        assertTrue(added.criteria().isEmpty(), "added with nothing ticked");
        assertEquals(before.evidence().size(), after.evidence().size(), "the same item, not a copy");
        assertTrue(robot.lookup("Added " + wanted.reference() + " to this sheet, with nothing ticked yet: tick the criteria it covers.")
                .tryQuery().isPresent());
    }
}
