package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Export, preview and print from the window, checked in what they produce. */
@Tag("ui")
class OutputWindowTest extends WindowTest {

    @Test
    void exportWritesThePdfOfEveryUnit(FxRobot robot) throws Exception {
        Path pdf = home.resolve("alex.pdf");
        dialogs.files.add(pdf);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#statusLine").queryLabeled().getText()
                .startsWith("Exported"));
        assertEquals("save as: alex.pdf", dialogs.asked.get(1));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Alex Morgan"), text);
            assertTrue(text.contains("Unit B13"), text);
            assertTrue(text.contains("Unit B14"), text);
        }
        assertFalse(robot.lookup("#exportProgress").query().isVisible(), "the progress bar goes once done");
    }

    @Test
    void exportHoldsOnlyTheUnitsChosen(FxRobot robot) throws Exception {
        Path pdf = home.resolve("b14.pdf");
        dialogs.files.add(pdf);
        dialogs.exportUnits = new ers.pdf.UnitChoice(java.util.List.of("ocr-b14"));
        robot.clickOn("File").clickOn("Export PDF\u2026");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#statusLine").queryLabeled().getText()
                .startsWith("Exported"));
        assertEquals(java.util.List.of("export units, shown ocr-b13", "save as: alex.pdf"), dialogs.asked,
                "which units first, told the unit shown, then where");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Unit B14"), text);
            assertFalse(text.contains("Unit B13"), "only the unit chosen: " + text);
            java.util.List<String> bookmarks = new java.util.ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(b -> bookmarks.add(b.getTitle()));
            assertEquals(1, bookmarks.size(), bookmarks.toString());
            assertTrue(bookmarks.get(0).contains("B14"), bookmarks.toString());
        }
    }

    @Test
    void exportCancelledAtTheChoiceOfUnitsAsksNothingMore(FxRobot robot) {
        dialogs.exportUnits = null;
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.List.of("export units, shown ocr-b13"), dialogs.asked);
    }

    @Test
    void exportAsksWhereStartingInThePortfoliosFolder(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(home.resolve("candidates").resolve("alex"));
        Path portfolio = folder.resolve("alex.ers.json");
        ers.portfolio.PortfolioWriter.save(ers.testing.Portfolios.small(), portfolio);
        robot.interact(() -> editor.model().open(portfolio));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(folder.toAbsolutePath(), dialogs.startedIn, "the chooser opens beside the portfolio");
        assertEquals("save as: alex.pdf", dialogs.asked.get(dialogs.asked.size() - 1));
    }

    @Test
    void previewShowsThePagesOfTheSelectedUnit(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#previewWindow").tryQuery().isPresent());
        Stage preview = (Stage) robot.lookup("#previewWindow").query().getScene().getWindow();
        assertTrue(preview.getTitle().startsWith("Unit B13 "), preview.getTitle());
        VBox pages = (VBox) robot.lookup("#previewPages").queryAs(ScrollPane.class).getContent();
        assertFalse(pages.getChildren().isEmpty());
        ImageView first = (ImageView) pages.getChildren().get(0);
        assertTrue(first.getImage().getWidth() > first.getImage().getHeight(), "a record sheet is landscape");
        robot.interact(preview::close);
    }

    @Test
    void printingWithoutAPrinterSaysSo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("info: No printer", dialogs.asked.get(0).substring(0, "info: No printer".length()));
        assertEquals(1, Window.getWindows().size(), "no print dialog was opened");
    }

    @Test
    void aCancelledExportWritesNothing(FxRobot robot) throws Exception {
        Path large = home.resolve("large.ers.json");
        ers.portfolio.PortfolioWriter.save(ers.testing.Portfolios.large(4000, 6, 10), large);
        robot.interact(() -> editor.model().open(large));
        Path pdf = home.resolve("large.pdf");
        dialogs.files.add(pdf);
        // Cancel is pressed the moment pages are reported, with hundreds still to draw, so the
        // outcome does not hang on how fast this machine draws pages or moves the pointer.
        Label status = robot.lookup("#statusLine").queryAs(Label.class);
        Button cancel = robot.lookup("#cancelExportButton").queryButton();
        robot.interact(() -> status.textProperty().addListener((o, was, now) -> {
            if (now.startsWith("Exporting page ")) {
                cancel.fire();
            }
        }));
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> status.getText().startsWith("Cancelled")
                || status.getText().startsWith("Exported"));
        assertEquals("Cancelled; nothing was written.", status.getText());
        assertFalse(robot.lookup("#exportProgress").query().isVisible(), "the progress bar goes once cancelled");
        assertFalse(Files.exists(pdf));
        // The outcome is told only once the export thread has stopped and removed its temporary file.
        try (var left = Files.list(home)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left");
        }
    }
}
