package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * One piece of evidence on several sheets, as the assessor meets it: a format 1 file whose E7 was
 * typed on F17 and again on B14, the offer to merge it on opening, the mark in the grid, and
 * edits and deletes that say which other sheets they reach.
 */
@Tag("ui")
class SharedEvidenceWindowTest extends WindowTest {

    private static final Path REPO = Path.of(System.getProperty("ers.repo", ".")).toAbsolutePath().normalize();
    private static final String E7 = "Quarterly customer-satisfaction analysis, January to March 2026";

    private Path formatOneCopy() throws IOException {
        Path copy = home.resolve("team-leading.ers.json");
        Files.copy(REPO.resolve("app/src/test/resources/format1/complete-team-leading.v1.ers.json"), copy);
        return copy;
    }

    private void openWithKeys(FxRobot robot, Path path) {
        dialogs.files.add(path);
        robot.press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
    }

    private List<String> unitsListingE7() {
        Portfolio p = editor.model().portfolio();
        return p.evidence().stream().filter(i -> i.reference().equals("E7"))
                .map(i -> String.join(" ", p.unitsListing(i.id()).stream().map(u -> u.spec().code()).toList())).toList();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#statusLine").queryAs(Label.class).getText();
    }

    /** The reference cell of the row showing {@code reference} in the grid on screen. */
    private static TableCell<?, ?> referenceCell(FxRobot robot, String reference) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "referenceColumn".equals(c.getTableColumn().getId())
                        && reference.equals(c.getItem()) && c.isVisible())
                .findFirst().orElseThrow();
    }

    @Test
    void openingAFormatOneFileOffersToMergeTheCopiesAndTheGridMarksTheSharedItem(FxRobot robot) throws IOException {
        openWithKeys(robot, formatOneCopy());

        assertTrue(dialogs.asked.contains("confirm: Merge evidence typed on several sheets?"), dialogs.asked.toString());
        String offer = dialogs.confirmed.get(dialogs.confirmed.size() - 1);
        assertTrue(offer.contains("\u2022 E7 \u201c" + E7 + "\u201d, 2 copies on F17 and B14"), offer);
        assertTrue(offer.contains("No signature is voided"), offer);
        assertEquals(List.of("F17 B14"), unitsListingE7(), "merged: one item on both sheets");

        robot.clickOn("#overviewUnit-ocr-b14");
        TableCell<?, ?> cell = referenceCell(robot, "E7");
        assertNotNull(cell.getTooltip());
        assertEquals("Also on F17", cell.getTooltip().getText());
        assertEquals("\u2194", ((Label) cell.getGraphic()).getText(), "a small mark beside the reference");
        assertEquals(null, referenceCell(robot, "E25").getGraphic(), "B14's own evidence is not marked");

        robot.clickOn(referenceCell(robot, "E7"));
        robot.clickOn("#titleField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Customer-satisfaction analysis, Q1 2026").type(KeyCode.ENTER);
        Portfolio p = editor.model().portfolio();
        for (String unit : List.of("ocr-f17", "ocr-b14")) {
            assertTrue(p.unit(unit).orElseThrow().evidence().stream()
                    .anyMatch(r -> r.title().equals("Customer-satisfaction analysis, Q1 2026")), unit);
        }
        assertEquals("Edit title. Changed on the sheet of F17 too, which lists E7. Undo with Ctrl+Z.", status(robot));

        robot.clickOn("#deleteRowButton");
        assertEquals("Deleted E7 from this sheet. E7 stays on the sheet of F17. Undo (Ctrl+Z) brings it back.",
                status(robot));
        assertEquals(List.of("F17"), unitsListingE7());
    }

    @Test
    void declinedOnOpeningTheCopiesAreMergedFromTheEvidenceWindowAndDeletingAsksNamingTheSheets(FxRobot robot)
            throws IOException {
        dialogs.confirmAnswers.add(false);
        openWithKeys(robot, formatOneCopy());
        assertEquals(List.of("F17", "B14"), unitsListingE7(), "Cancel keeps the copies apart");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#evidenceSearch").write(E7.substring(0, 20));
        robot.type(KeyCode.DOWN);
        assertTrue(robot.lookup("E7 is also filed as another item: \u201c" + E7 + "\u201d on B14 (2.2, 2.3)."
                + " Merge copies makes them one item, with this one's title.").tryQuery().isPresent(),
                robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList().toString());
        robot.press(KeyCode.ALT, KeyCode.M).release(KeyCode.M, KeyCode.ALT);
        assertEquals(List.of("F17 B14"), unitsListingE7());
        assertTrue(robot.lookup("Merge evidence. E7 is one item now, on the sheets of F17 and B14. Undo with Ctrl+Z.")
                .tryQuery().isPresent());

        int asked = dialogs.confirmed.size();
        dialogs.confirmAnswers.add(false);
        robot.press(KeyCode.ALT, KeyCode.D).release(KeyCode.D, KeyCode.ALT);
        assertEquals(asked + 1, dialogs.confirmed.size(), "deleting an item other sheets use asks");
        assertEquals("Delete E7 \u201c" + E7 + "\u201d from the portfolio? It goes from the sheets of F17 and B14, with"
                + " its ticks. Undo (Ctrl+Z) brings it back.", dialogs.confirmed.get(asked));
        assertEquals(List.of("F17 B14"), unitsListingE7(), "Cancel deletes nothing");

        robot.press(KeyCode.ALT, KeyCode.D).release(KeyCode.D, KeyCode.ALT);
        assertEquals(List.of(), unitsListingE7(), "OK deletes it from every sheet");
    }
}
