package ers.pdf;

import ers.sheet.SheetPage;
import ers.sheet.TextMeasure;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;

/**
 * Pages laid out by another document than the record sheet (such as a verification report)
 * written the way the sheets are: the same embedded fonts, the same drawing, PDF/A-2b.
 */
public final class ArchivalDocument {

    private ArchivalDocument() {
    }

    /** The metrics of the embedded font, for laying out pages this class will draw. */
    public static TextMeasure metrics() {
        return SheetFonts.metrics();
    }

    /**
     * Draws {@code pages} into a PDF/A-2b document and writes it to {@code out}.
     *
     * @param bookmarks the title of each bookmark and the index of the page it opens, in order
     */
    public static void write(List<SheetPage> pages, Map<String, Integer> bookmarks, String title, String author,
                             String subject, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PageDrawer drawer = new PageDrawer(SheetFonts.embed(document));
            List<PDPage> drawn = new java.util.ArrayList<>();
            for (SheetPage page : pages) {
                drawn.add(drawer.draw(document, page));
            }
            PDDocumentOutline outline = new PDDocumentOutline();
            bookmarks.forEach((name, index) -> outline.addLast(SheetExport.bookmark(name, drawn.get(index))));
            document.getDocumentCatalog().setDocumentOutline(outline);
            document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            ArchivalMetadata.apply(document, new ArchivalMetadata.Description(title, author, subject));
            document.save(out);
        }
    }
}
