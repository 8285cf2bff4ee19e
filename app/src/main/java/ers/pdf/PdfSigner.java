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
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/**
 * Signs a finished PDF with a person's certificate, PAdES-style: a detached CMS signature
 * ({@code ETSI.CAdES.detached}, SHA-256, signing-certificate-v2) over the file's byte ranges, added
 * by an incremental update so the signed bytes are the original bytes. It is a certification
 * signature allowing no later change (DocMDP, P=1). The signature is invisible
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
            certifyWithNoChangesAllowed(document, signature);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SIGNATURE_SPACE);
                document.addSignature(signature, content -> CmsSigner.signDetached(content, key), options);
                makeWidgetsPrintable(document);
                document.saveIncremental(out);
            }
        }
    }

    /**
     * Makes the signature a certification (author) signature with DocMDP permission 1: no change
     * of any kind is allowed after it, so a reader that checks it (Acrobat; {@code ers verify})
     * refuses a later incremental update however harmless it looks.
     */
    private static void certifyWithNoChangesAllowed(PDDocument document, PDSignature signature) {
        COSDictionary parameters = new COSDictionary();
        parameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        parameters.setInt(COSName.P, PdfSignatureCheck.NO_CHANGES);
        parameters.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), PdfSignatureCheck.DOC_MDP);
        reference.setItem(COSName.getPDFName("TransformParams"), parameters);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        COSDictionary permissions = new COSDictionary();
        permissions.setItem(PdfSignatureCheck.DOC_MDP, signature.getCOSObject());
        catalog.setItem(COSName.PERMS, permissions);
        catalog.setNeedToBeUpdated(true);
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
