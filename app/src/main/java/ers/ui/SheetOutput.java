package ers.ui;

import ers.pdf.ExportProgress;
import ers.pdf.SheetExport;
import ers.pdf.SummaryExport;
import ers.pdf.UnitChoice;
import ers.portfolio.SignatureJudge;
import ers.sheet.SheetPage;
import ers.text.Plural;
import java.time.LocalDate;
import ers.pdf.SheetPreview;
import ers.portfolio.AtomicFiles;
import ers.portfolio.Portfolio;
import ers.portfolio.files.Outputs;
import ers.sheet.SheetException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Task;
import javafx.embed.swing.SwingFXUtils;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Window;

/**
 * Export, preview and print, all from the record-sheet renderer, so the three show the same
 * pages. The slow part runs off the UI thread as a {@link Task}; the window shows its progress
 * and can cancel it.
 */
public final class SheetOutput {

    /** Enough for a crisp preview on a hi-dpi screen and a clean print, at a few MB per page. */
    static final float PRINT_DPI = 200;
    static final float PREVIEW_DPI = 110;

    private final EditorModel model;
    private final Consumer<String> say;
    private final BackgroundWork work;

    SheetOutput(EditorModel model, Consumer<String> say) {
        this.model = model;
        this.say = say;
        this.work = new BackgroundWork(say, model.dialogs(), "Cannot produce the record sheet");
    }

    /** The export or rendering under way, for the progress bar and its Cancel button; null when idle. */
    ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return work.runningProperty();
    }

    /**
     * Asks which units (the one shown, those ticked, or all), then where, then writes their sheets
     * to one PDF in the background.
     */
    public void exportPdf(String shownUnitId) {
        Portfolio portfolio = model.portfolio();
        String name = model.documentName().replaceFirst("(\\.ers)?\\.json$", "") + ".pdf";
        model.dialogs().chooseUnitsToExport(portfolio, shownUnitId).ifPresent(units ->
                model.dialogs().chooseFileToSave("Export record sheets as PDF", name, ".pdf")
                        .filter(this::mayWrite)
                        .ifPresent(target -> start(exportTask(portfolio, units, target),
                                file -> say.accept("Exported " + file + "."))));
    }

    /** Asks where, then writes the unit achievement record in the background. */
    public void exportSummary() {
        Portfolio portfolio = model.portfolio();
        String name = model.documentName().replaceFirst("(\\.ers)?\\.json$", "") + " summary.pdf";
        model.dialogs().chooseFileToSave("Export the unit achievement record as PDF", name, ".pdf")
                .filter(this::mayWrite)
                .ifPresent(target -> start(summaryTask(portfolio, target), file -> say.accept("Exported " + file + ".")));
    }

    private static Task<Path> summaryTask(Portfolio portfolio, Path target) {
        return new Task<>() {
            @Override
            protected Path call() throws IOException, SheetException {
                updateMessage("Exporting the unit achievement record…");
                List<SheetPage> pages = SummaryExport.layout(portfolio, SignatureJudge.standard(), LocalDate.now());
                AtomicFiles.write(target, out -> SummaryExport.write(portfolio, pages, out));
                return target;
            }
        };
    }

    /** Never over the portfolio itself, nor over a file that is not a PDF. */
    private boolean mayWrite(Path target) {
        Optional<String> refused = Outputs.of(target, Outputs.Kind.PDF)
                .notOver("the portfolio open here", model.fileProperty().get()).refusal();
        refused.ifPresent(why -> model.dialogs().showError("Cannot export to " + target.getFileName(),
                target + " " + why + ". Choose another name."));
        return refused.isEmpty();
    }

    private static Task<Path> exportTask(Portfolio portfolio, UnitChoice units, Path target) {
        return new Task<>() {
            @Override
            protected Path call() throws IOException, SheetException {
                updateMessage("Exporting record sheets…");
                ExportProgress progress = new ExportProgress() {
                    @Override
                    public void pagesDone(int done, int total) {
                        updateProgress(done, total);
                        updateMessage("Exporting page " + done + " of " + total + "…");
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                };
                SheetException[] refused = new SheetException[1];
                try {
                    AtomicFiles.write(target, out -> {
                        try {
                            SheetExport.toPdf(portfolio, units.unitIds(), out, progress);
                        } catch (SheetException e) {
                            refused[0] = e;
                            throw new IOException(e.getMessage(), e);
                        }
                    });
                } catch (IOException e) {
                    // AtomicFiles passes only IOException; a sheet that cannot be laid out is told as itself.
                    if (refused[0] != null) {
                        throw refused[0];
                    }
                    throw e;
                }
                return target;
            }
        };
    }

    /** Renders the unit's pages for the preview window. */
    public void preview(String unitId, Consumer<List<Image>> show) {
        Portfolio portfolio = model.portfolio();
        start(renderTask(portfolio, unitId, PREVIEW_DPI), images -> show.accept(images.stream()
                .map(i -> (Image) SwingFXUtils.toFXImage(i, null)).toList()));
    }

    /** Renders the unit's pages and sends them to a printer the user picks; says so when there is none. */
    public void print(String unitId, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.dialogs().showInfo("No printer", "No printer is set up on this computer. "
                    + "Export to PDF (Ctrl+E) and print the PDF from another machine instead.");
            return;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return;
        }
        work.start(printTask(model.portfolio(), unitId, job), "Printing cancelled.", pages -> {
            job.endJob();
            say.accept("Sent " + Plural.of(pages, "page") + " to " + job.getPrinter().getName() + ".");
        });
    }

    /**
     * Draws and prints the pages off the window's thread (a PrinterJob prints from any thread,
     * given nodes outside any scene); a page the printer refuses stops the job and says which.
     */
    private static Task<Integer> printTask(Portfolio portfolio, String unitId, PrinterJob job) {
        return new Task<>() {
            @Override
            protected Integer call() throws IOException, SheetException {
                updateMessage("Drawing the record sheet…");
                List<BufferedImage> images = SheetPreview.render(portfolio, unitId, PRINT_DPI);
                PageLayout layout = job.getJobSettings().getPageLayout();
                for (int i = 0; i < images.size() && !isCancelled(); i++) {
                    updateProgress(i, images.size());
                    updateMessage("Printing page " + (i + 1) + " of " + images.size());
                    ImageView page = new ImageView(SwingFXUtils.toFXImage(images.get(i), null));
                    page.setPreserveRatio(true);
                    page.setFitWidth(layout.getPrintableWidth());
                    page.setFitHeight(layout.getPrintableHeight());
                    if (!job.printPage(layout, page)) {
                        job.cancelJob();
                        throw new IOException("The printer stopped at page " + (i + 1) + " of " + images.size()
                                + " (" + job.getJobStatus() + "); pages after it were not printed.");
                    }
                }
                if (isCancelled()) {
                    job.cancelJob();
                }
                return images.size();
            }
        };
    }

    private static Task<List<BufferedImage>> renderTask(Portfolio portfolio, String unitId, float dpi) {
        return new Task<>() {
            @Override
            protected List<BufferedImage> call() throws IOException, SheetException {
                updateMessage("Drawing the record sheet…");
                return SheetPreview.render(portfolio, unitId, dpi);
            }
        };
    }

    private <T> void start(Task<T> task, Consumer<T> done) {
        work.start(task, "Cancelled; nothing was written.", done);
    }
}
