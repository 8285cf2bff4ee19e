package ers.pdf;

import ers.portfolio.seal.CmsSigner;
import ers.portfolio.seal.SigningKey;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Signs a finished PDF with a person's certificate, PAdES-style: a detached CMS signature
 * ({@code ETSI.CAdES.detached}, SHA-256, signing-certificate-v2) over the file's byte ranges, added
 * by an incremental update so the signed bytes are the original bytes. The signature is invisible
 * (the sheets carry the drawn signatures); its widget is flagged printable, which PDF/A requires
 * of every annotation, so a PDF/A-2b file stays PDF/A-2b.
 */
public final class PdfSigner {

    /** Room for a CMS with a 4096-bit key and a short chain; unused space is zero padding. */
    private static final int SIGNATURE_SPACE = 20_000;

    private final Clock clock;

    public PdfSigner(Clock clock) {
        this.clock = clock;
    }

    /**
     * @param pdf    the complete PDF to sign
     * @param reason why it is signed, e.g. {@code Evidence Record Sheets of Aled Hughes}
     */
    public void sign(byte[] pdf, SigningKey key, String reason, OutputStream out) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(key.commonName());
            signature.setReason(reason);
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(clock.millis());
            signature.setSignDate(when);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SPACE);
                document.addSignature(signature, content -> CmsSigner.signDetached(content, key), options);
                makeWidgetsPrintable(document);
                document.saveIncremental(out);
            }
        }
    }

    private static void makeWidgetsPrintable(PDDocument document) {
        for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
            if (field instanceof PDSignatureField) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    widget.setPrinted(true);
                    widget.getCOSObject().setNeedToBeUpdated(true);
                }
            }
        }
    }

}
