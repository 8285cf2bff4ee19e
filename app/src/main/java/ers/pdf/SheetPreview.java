package ers.pdf;

import ers.portfolio.Portfolio;
import ers.portfolio.SignatureJudge;
import ers.sheet.SheetException;
import ers.sheet.UnitSheet;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pictures of a unit's sheet for the editor's preview. They are rendered from the very PDF the
 * export writes (saved and read back, fonts subset as in the file), so the preview cannot show
 * anything the printed sheet would not.
 */
public final class SheetPreview {

    private SheetPreview() {
    }

    public static List<BufferedImage> render(Portfolio portfolio, String unitId, float dpi)
            throws SheetException, IOException {
        return render(portfolio, unitId, SignatureJudge.standard(), dpi);
    }

    public static List<BufferedImage> render(Portfolio portfolio, String unitId, SignatureJudge judge, float dpi)
            throws SheetException, IOException {
        List<UnitSheet> sheets = SheetExport.layout(portfolio, List.of(unitId), judge);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = SheetExport.document(portfolio, sheets, ExportProgress.NONE)) {
            document.save(bytes);
        }
        return renderAll(bytes.toByteArray(), dpi);
    }

    static List<BufferedImage> renderAll(byte[] pdf, float dpi) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<BufferedImage> images = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                images.add(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
            }
            return images;
        }
    }
}
