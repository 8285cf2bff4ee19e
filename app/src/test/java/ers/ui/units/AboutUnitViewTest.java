package ers.ui.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.spec.importing.UnitImporter;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** About this unit says what is not known and lists the transcription notes. */
@ExtendWith(ApplicationExtension.class)
class AboutUnitViewTest {

    @Start
    void start(Stage stage) throws Exception {
        var unit = UnitImporter.importText("register.txt", "Unit number: TL2\nCredit value: 1\n"
                + "1 Understand teams\n1.1 .1 Describe a team\n").spec();
        stage.setScene(new Scene(new AboutUnitView(unit), 640, 480));
        stage.show();
    }

    @Test
    void unknownValuesSayNotKnownAndTheNotesAreListed(FxRobot robot) {
        assertEquals("Unit TL2 (title not known)", robot.lookup("#aboutTitle").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#aboutFacts").queryAs(Label.class).getText().contains("Level: not known\nCredit value: 1"));
        assertTrue(robot.lookup("#aboutIncomplete").queryAs(Label.class).getText()
                .startsWith("\u26a0 Unit specification incomplete: title not known (not found in register.txt)"));
        assertEquals(1, robot.lookup("#aboutNotes").queryAs(ListView.class).getItems().size());
    }
}
