package ers.pdf;

import ers.home.AppHome;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.SignatureJudge;
import ers.portfolio.seal.SealVerifier;
import ers.portfolio.seal.TrustList;
import ers.sheet.SheetData;
import ers.sheet.SheetException;
import ers.sheet.SheetHistory;
import ers.sheet.SheetLayout;
import ers.sheet.UnitSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Exports record sheets as one archival PDF (PDF/A-2b), one sheet per unit, one bookmark per
 * sheet. Layout is done first, so a sheet that cannot be printed is refused before anything is
 * written. Safe to call from any thread; nothing here touches a UI.
 */
public final class SheetExport {

    /** The outline entry, under a unit's own, of its "Sheet history" pages. */
    public static final String HISTORY_BOOKMARK = "Sheet history";

    private SheetExport() {
    }

    /** The sheets of the units with these specification ids, in the portfolio's order; empty means all. */
    public static List<UnitSheet> layout(Portfolio portfolio, List<String> unitIds, SignatureJudge judge)
            throws SheetException {
        return layout(portfolio, unitIds, judge, false);
    }

    /**
     * @param withHistory whether each sheet is followed by its "Sheet history" pages: every sign,
     *                    reopen and void, and each signature's state now
     */
    public static List<UnitSheet> layout(Portfolio portfolio, List<String> unitIds, SignatureJudge judge,
                                         boolean withHistory) throws SheetException {
        SheetLayout layout = new SheetLayout(SheetFonts.metrics());
        // Trust in a key-signed seal's certificate is the user's, as `ers verify` reports it.
        SealVerifier seal = withHistory ? new SealVerifier(new TrustList(AppHome.fromEnvironment().trusted())) : null;
        List<UnitSheet> sheets = new ArrayList<>();
        for (PortfolioUnit unit : units(portfolio, unitIds)) {
            sheets.add(layout.layout(SheetData.of(portfolio, unit, judge),
                    withHistory ? SheetHistory.of(portfolio, unit, judge, seal) : null));
        }
        return sheets;
    }

    /** Writes the PDF with the application's signature judge. */
    public static void toPdf(Portfolio portfolio, List<String> unitIds, OutputStream out, ExportProgress progress)
            throws SheetException, IOException {
        toPdf(portfolio, unitIds, SignatureJudge.standard(), out, progress);
    }

    /**
     * @throws SheetException        when a sheet cannot be printed (the message says what and where)
     * @throws CancellationException when {@code progress} asked to stop; nothing has been written
     */
    public static void toPdf(Portfolio portfolio, List<String> unitIds, SignatureJudge judge, OutputStream out,
                             ExportProgress progress) throws SheetException, IOException {
        write(portfolio, layout(portfolio, unitIds, judge), out, progress);
    }

    /** Writes sheets already laid out, so a caller can refuse an unprintable sheet before opening a file. */
    public static void write(Portfolio portfolio, List<UnitSheet> sheets, OutputStream out, ExportProgress progress)
            throws IOException {
        try (PDDocument document = document(portfolio, sheets, progress)) {
            document.save(out);
        }
    }

    static PDDocument document(Portfolio portfolio, List<UnitSheet> sheets, ExportProgress progress)
            throws IOException {
        PDDocument document = new PDDocument();
        try {
            PageDrawer drawer = new PageDrawer(SheetFonts.embed(document));
            PDDocumentOutline outline = new PDDocumentOutline();
            int total = sheets.stream().mapToInt(s -> s.pages().size()).sum();
            int done = 0;
            for (UnitSheet sheet : sheets) {
                List<PDPage> drawn = new ArrayList<>();
                for (var page : sheet.pages()) {
                    if (progress.cancelled()) {
                        throw new CancellationException("export cancelled");
                    }
                    drawn.add(drawer.draw(document, page));
                    progress.pagesDone(++done, total);
                }
                PDOutlineItem item = bookmark(sheet.title(), drawn.get(0));
                if (sheet.historyPage() >= 0) {
                    item.addLast(bookmark(HISTORY_BOOKMARK, drawn.get(sheet.historyPage())));
                }
                outline.addLast(item);
            }
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            ArchivalMetadata.apply(document, describe(portfolio, sheets));
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    static PDOutlineItem bookmark(String title, PDPage page) {
        PDPageFitDestination destination = new PDPageFitDestination();
        destination.setPage(page);
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    private static ArchivalMetadata.Description describe(Portfolio portfolio, List<UnitSheet> sheets) {
        String codes = sheets.stream().map(s -> "Unit " + s.unitCode()).collect(Collectors.joining(", "));
        return new ArchivalMetadata.Description(
                "Evidence Record Sheets: " + portfolio.candidate().name(),
                portfolio.centre().name(),
                portfolio.qualification() + " (" + codes + ")");
    }

    private static List<PortfolioUnit> units(Portfolio portfolio, List<String> unitIds) throws SheetException {
        if (unitIds.isEmpty()) {
            return portfolio.units();
        }
        List<PortfolioUnit> units = new ArrayList<>();
        for (String id : unitIds) {
            units.add(portfolio.unit(id).orElseThrow(() -> new SheetException("unit " + id
                    + " is not in the portfolio; it has " + portfolio.units().stream()
                    .map(u -> u.spec().code()).collect(Collectors.joining(", ")))));
        }
        return units;
    }
}
