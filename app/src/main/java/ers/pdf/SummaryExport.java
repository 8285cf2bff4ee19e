package ers.pdf;

import ers.portfolio.Portfolio;
import ers.portfolio.SignatureJudge;
import ers.portfolio.progress.PortfolioProgress;
import ers.sheet.AchievementRecord;
import ers.sheet.SheetException;
import ers.sheet.SheetPage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** Writes the unit achievement record ({@link AchievementRecord}) as a PDF/A-2b file in the sheets' style. */
public final class SummaryExport {

    private SummaryExport() {
    }

    /** Lays the record out first, so a caller can refuse an unprintable one before opening a file. */
    public static List<SheetPage> layout(Portfolio portfolio, SignatureJudge judge, LocalDate today)
            throws SheetException {
        return new AchievementRecord(SheetFonts.metrics()).layout(PortfolioProgress.of(portfolio, judge, today));
    }

    public static void write(Portfolio portfolio, List<SheetPage> pages, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PageDrawer drawer = new PageDrawer(SheetFonts.embed(document));
            for (SheetPage page : pages) {
                drawer.draw(document, page);
            }
            ArchivalMetadata.apply(document, new ArchivalMetadata.Description(
                    AchievementRecord.TITLE + ": " + portfolio.candidate().name(), portfolio.centre().name(),
                    portfolio.qualification()));
            document.save(out);
        }
    }
}
