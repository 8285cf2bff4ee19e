package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Every menu has a letter of its own, and Alt with that letter opens it, on the Overview and on the sheets. */
@Tag("ui")
class MenuMnemonicsTest extends WindowTest {

    private static final Path SAMPLE = Path.of(System.getProperty("ers.repo", ".."), "samples",
            "complete-team-leading.ers.json");

    private List<Menu> menus(FxRobot robot) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus();
    }

    private static char letter(Menu menu) {
        String text = menu.getText();
        int at = text.indexOf('_');
        return at < 0 || at + 1 >= text.length() ? 0 : Character.toUpperCase(text.charAt(at + 1));
    }

    @Test
    void everyMenuHasAnUnderlinedLetterOfItsOwn(FxRobot robot) {
        Set<Character> seen = new HashSet<>();
        for (Menu menu : menus(robot)) {
            char letter = letter(menu);
            assertTrue(letter != 0, menu.getText() + " has no underlined letter");
            assertTrue(seen.add(letter), menu.getText() + " shares its letter with another menu");
        }
    }

    @Test
    void altAndEachMenusLetterOpensThatMenuOnTheOverview(FxRobot robot) {
        robot.interact(() -> editor.model().open(SAMPLE));
        assertTrue(robot.lookup("#overviewTotals").query().isVisible(), "a file opens on its Overview");
        for (Menu menu : menus(robot)) {
            altAndLetterOpens(robot, menu);
        }
    }

    @Test
    void altAndEachMenusLetterOpensThatMenuOnTheSheets(FxRobot robot) {
        openOnSheets(robot, SAMPLE);
        robot.clickOn(titleOf(robot, 0));
        for (Menu menu : menus(robot)) {
            // The keyboard in the grid, as after a click, without a second click starting to edit the title.
            robot.interact(() -> robot.lookup("#evidenceGrid").query().requestFocus());
            altAndLetterOpens(robot, menu);
        }
    }

    /** Each menu opened before leaves its items' letters behind; the next menu must still open. */
    private void altAndLetterOpens(FxRobot robot, Menu menu) {
        KeyCode key = KeyCode.getKeyCode(String.valueOf(letter(menu)));
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(menu.isShowing(), "Alt+" + letter(menu) + " opens " + menu.getText());
        assertEquals(1, menus(robot).stream().filter(Menu::isShowing).count(), "only that menu is open");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Alt with a letter reaches one control only: JavaFX matches letters in either case and takes whichever it finds first. */
    @Test
    void noTwoControlsOnTheSheetsShareAnUnderlinedLetter(FxRobot robot) {
        openOnSheets(robot, SAMPLE);
        robot.clickOn(titleOf(robot, 0));
        Map<String, List<String>> owners = new TreeMap<>();
        robot.interact(() -> robot.lookup("#menuBar").query().getScene().getMnemonics().forEach((keys, mnemonics) ->
                mnemonics.forEach(m -> owners.computeIfAbsent(keys.getName().toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(m.getNode() instanceof Labeled l ? l.getText() : m.getNode().getAccessibleText()))));

        owners.forEach((letter, texts) -> assertEquals(1, texts.size(), letter + " is claimed by " + texts));
        robot.press(KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#locationField").query().isFocused(), "Alt+K goes to the details pane's Where kept");
    }
}
