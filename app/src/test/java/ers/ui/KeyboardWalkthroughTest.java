package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.home.AppHome;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A whole first session by keyboard alone, through the real dialogs: a new portfolio, a unit
 * added, three rows with titles and methods, ticks, a filter, and a save. Only the operating
 * system's file chooser is answered by the test.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KeyboardWalkthroughTest {

    @TempDir
    Path home;

    private Editor editor;
    private Stage stage;
    private Path saved;

    @BeforeEach
    void openWindow() throws Exception {
        saved = home.resolve("jordan.ers.json");
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            editor = new Editor(stage, new AppHome(home.resolve("ers-home")), this::dialogs,
                    new ers.ui.work.WaitingWork(Runnable::run));
            stage.show();
        });
    }

    /** The real dialogs, except the file chooser of the operating system, which names {@link #saved}. */
    private DialogService dialogs(Window owner) {
        DialogService real = new FxDialogService(owner);
        return (DialogService) Proxy.newProxyInstance(DialogService.class.getClassLoader(),
                new Class<?>[] {DialogService.class}, (proxy, method, args) -> {
                    if (method.getName().equals("chooseFileToSave")) {
                        return Optional.of(saved);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.setupFixture(() -> {
            new java.util.ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
            editor.shutdown();
        });
    }

    /** The window on top: a dialog while one is open, else the editor. */
    private static Window top() {
        List<Window> open = Window.getWindows().stream()
                .filter(w -> w.isShowing() && !(w instanceof javafx.stage.PopupWindow)).toList();
        return open.isEmpty() ? null : open.get(open.size() - 1);
    }

    private static Node focusOwner() {
        Window top = top();
        return top == null ? null : top.getScene().getFocusOwner();
    }

    /** Types text into the window on top, as the keyboard would (the robot otherwise types into the editor). */
    private static void write(FxRobot robot, String text) {
        robot.targetWindow(top());
        robot.write(text);
    }

    private static String focusedId() {
        Node owner = focusOwner();
        return owner == null ? null : owner.getId();
    }

    /** Tab (Shift+Tab when {@code back}) until the keyboard is in the control with this id. */
    private static void tabTo(FxRobot robot, String id, boolean back) {
        tabUntil(robot, n -> n != null && id.equals(n.getId()), back);
        assertEquals(id, focusedId(), "Tab reaches " + id);
    }

    private static void tabUntil(FxRobot robot, java.util.function.Predicate<Node> there, boolean back) {
        for (int i = 0; i < 40 && !there.test(focusOwner()); i++) {
            if (back) {
                robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
            } else {
                robot.type(KeyCode.TAB);
            }
        }
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
    }

    private static void waitFor(String id) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> id.equals(focusedId()));
    }

    private List<EvidenceRow> sheet(Portfolio p, String unit) {
        return p.unit(unit).orElseThrow().evidence();
    }

    /** In a unit list's search: types the code, goes to the list, ticks the unit found, Tabs to the dialog's OK and presses it. */
    private static void pickUnit(FxRobot robot, String code) {
        write(robot, code);
        tabTo(robot, "unitChoices", false);
        robot.type(KeyCode.HOME).type(KeyCode.SPACE);
        assertTrue(robot.lookup("#choose-ocr-" + code.toLowerCase(java.util.Locale.ROOT))
                .queryAs(javafx.scene.control.CheckBox.class).isSelected(), "Space ticked " + code);
        tabUntil(robot, n -> n instanceof javafx.scene.control.Button b && b.isDefaultButton(), false);
        assertTrue(focusOwner() instanceof javafx.scene.control.Button b && b.isDefaultButton() && !b.isDisabled(),
                "Tab reaches the dialog's OK, which is on");
        robot.type(KeyCode.SPACE);
    }

    @Test
    void aFirstPortfolioFromNewToSavedWithoutTheMouse(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.CONTROL, KeyCode.N);
        waitFor("candidateName");
        write(robot, "Jordan Lee");
        tabTo(robot, "centreName", false);
        write(robot, "Northfield College");
        tabTo(robot, "qualification", false);
        write(robot, "OCR Level 3 NVQ Certificate in Customer Service");
        tabTo(robot, "unitSearch", false);
        pickUnit(robot, "B13");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> editor.model().portfolio() != null);

        // Add unit: Tab to the button under the unit list, Space presses it.
        robot.targetWindow(stage);
        tabTo(robot, "addUnitButton", false);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> top() != stage);
        tabTo(robot, "unitSearch", false);
        pickUnit(robot, "B14");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> editor.model().portfolio().units().size() == 2);
        robot.targetWindow(stage);
        tabTo(robot, "unitList", false);
        robot.type(KeyCode.HOME);

        String[][] evidence = {{"Team meeting minutes", "method-O"}, {"Customer survey results", "method-PD"},
                {"Witness statement from the manager", "method-WT"}};
        for (String[] row : evidence) {
            shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
            waitFor("titleField");
            write(robot, row[0]);
            tabTo(robot, row[1], false);
            robot.type(KeyCode.SPACE);
        }

        // Find puts the cursor on the first row; Escape hands the keyboard to the grid.
        shortcut(robot, KeyCode.CONTROL, KeyCode.F);
        write(robot, "minutes");
        robot.type(KeyCode.ESCAPE);
        TableView<?> grid = robot.lookup("#evidenceGrid").queryAs(TableView.class);
        assertEquals(grid, focusOwner());
        robot.type(KeyCode.RIGHT, 2).type(KeyCode.SPACE);
        robot.type(KeyCode.DOWN, 2).type(KeyCode.SPACE);
        robot.type(KeyCode.RIGHT).type(KeyCode.SPACE).type(KeyCode.LEFT);

        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        assertEquals(2, grid.getItems().size(), "only the rows covering 1.1 show");
        shortcut(robot, KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(saved));

        Portfolio p = PortfolioReader.read(saved);
        assertEquals("Jordan Lee", p.candidate().name());
        assertEquals(List.of("B13", "B14"), p.units().stream().map(u -> u.spec().code()).toList());
        List<EvidenceRow> b13 = sheet(p, "ocr-b13");
        assertEquals(List.of("Team meeting minutes", "Customer survey results", "Witness statement from the manager"),
                b13.stream().map(EvidenceRow::title).toList());
        assertEquals(List.of(List.of("O"), List.of("PD"), List.of("WT")), b13.stream().map(EvidenceRow::methods).toList());
        assertEquals(List.of(List.of("1.1"), List.of(), List.of("1.1", "1.2")),
                b13.stream().map(EvidenceRow::criteria).toList());
        assertTrue(stage.getTitle().startsWith("jordan.ers.json"), stage.getTitle());
    }
}
