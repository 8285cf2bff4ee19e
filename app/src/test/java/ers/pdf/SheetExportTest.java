package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.sheet.SheetException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The calls the editor makes: export with progress and cancel, and the preview pictures. */
class SheetExportTest {

    @Test
    void reportsEveryPageDoneOutOfTheTotal() throws Exception {
        List<String> reports = new ArrayList<>();
        ExportProgress progress = new ExportProgress() {
            @Override
            public void pagesDone(int done, int total) {
                reports.add(done + "/" + total);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        SheetExport.toPdf(Fixtures.withRows(40), List.of(), new ByteArrayOutputStream(), progress);
        assertEquals(List.of("1/3", "2/3", "3/3"), reports);
    }

    @Test
    void aCancelledExportStopsAndWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExportProgress cancelAfterFirstPage = new ExportProgress() {
            private int done;

            @Override
            public void pagesDone(int pages, int total) {
                done = pages;
            }

            @Override
            public boolean cancelled() {
                return done >= 1;
            }
        };
        assertThrows(CancellationException.class,
                () -> SheetExport.toPdf(Fixtures.withRows(40), List.of(), out, cancelAfterFirstPage));
        assertEquals(0, out.size());
    }

    @Test
    void exportsOnlyTheUnitsAskedFor() throws Exception {
        Portfolio portfolio = Fixtures.sample();
        portfolio = portfolio.withUnits(List.of(portfolio.units().get(0),
                ers.portfolio.PortfolioUnit.empty(Fixtures.unit("W60", 6, 10))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.toPdf(portfolio, List.of("test-w60"), out, ExportProgress.NONE);
        try (PDDocument pdf = PdfReading.load(out.toByteArray())) {
            String text = PdfReading.text(pdf);
            assertTrue(text.contains("Unit W60") && !text.contains("Unit F17"), text);
        }
        Portfolio finalPortfolio = portfolio;
        SheetException e = assertThrows(SheetException.class, () -> SheetExport.toPdf(finalPortfolio,
                List.of("nope"), new ByteArrayOutputStream(), ExportProgress.NONE));
        assertEquals("unit nope is not in the portfolio; it has F17, W60", e.getMessage());
    }

    @Test
    void thePreviewShowsTheSamePagesAsThePdf() throws Exception {
        Portfolio portfolio = Fixtures.withRows(40);
        List<BufferedImage> preview = SheetPreview.render(portfolio, Fixtures.f17().id(), 30);
        List<BufferedImage> printed = SheetPreview.renderAll(PdfReading.export(portfolio), 30);
        assertEquals(printed.size(), preview.size());
        for (int i = 0; i < printed.size(); i++) {
            assertEquals(0, GoldenImages.compare(printed.get(i), preview.get(i)).pixels(), "page " + (i + 1));
        }
    }
}
