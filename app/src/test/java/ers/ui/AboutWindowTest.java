package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.home.AppLog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Help > About says which version this is and where the log is, so a user can send it. */
@Tag("ui")
class AboutWindowTest extends WindowTest {

    @Test
    void helpAboutNamesTheVersionAndTheLog(FxRobot robot) {
        robot.clickOn("Help").clickOn("About Evidence Record Sheets");
        assertEquals(1, dialogs.asked.size(), dialogs.asked.toString());
        String shown = dialogs.asked.get(0);
        assertTrue(shown.startsWith("info: About Evidence Record Sheets: Evidence Record Sheets, "), shown);
        assertTrue(shown.contains("development build") || shown.contains("version "), shown);
        assertTrue(shown.contains(AppLog.location().toString()), shown);
    }
}
