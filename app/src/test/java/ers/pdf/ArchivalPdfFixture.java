package ers.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/** A one-page PDF/A-2b file to sign, its page drawn uncompressed so a test can find and change a byte of it. */
final class ArchivalPdfFixture {

    /** A number drawn on the page, unique in the file: the byte a tamperer changes. */
    static final String MARK = "123.456";

    private ArchivalPdfFixture() {
    }

    static byte[] onePage() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            document.addPage(page);
            PDType0Font font;
            try (InputStream ttf = ArchivalPdfFixture.class.getResourceAsStream("/fonts/LiberationSans-Regular.ttf")) {
                font = PDType0Font.load(document, ttf);
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(font, 20);
                content.newLineAtOffset(40, 500);
                content.showText("Evidence Record Sheet");
                content.endText();
                content.setLineWidth(0.5f);
                content.moveTo(40, Float.parseFloat(MARK));
                content.lineTo(400, 123);
                content.stroke();
            }
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
            id.setPart(2);
            id.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle("Evidence Record Sheets");
            document.getDocumentInformation().setTitle("Evidence Record Sheets");
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(xml.toByteArray());
            document.getDocumentCatalog().setMetadata(metadata);
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            document.getDocumentCatalog().addOutputIntent(intent);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
