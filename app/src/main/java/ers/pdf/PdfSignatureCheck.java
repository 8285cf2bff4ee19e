package ers.pdf;

import ers.portfolio.seal.CmsVerification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Checks a signed PDF as {@link PdfSigner} makes it: one signature, whose CMS verifies over the
 * bytes it names, which are the whole file but the signature itself, so nothing (a white box
 * over the ticks, a page, an annotation, a byte after {@code %%EOF}) was added after it; and it
 * certifies the file with no changes allowed (DocMDP, P=1).
 *
 * @param problems what is wrong, in words for the user; empty when the signature stands
 * @param signer   the certificate that signed, when one could be read
 * @param name     the signer's name as the signature dictionary gives it, or null
 */
public record PdfSignatureCheck(List<String> problems, X509Certificate signer, String name) {

    static final COSName DOC_MDP = COSName.getPDFName("DocMDP");
    static final int NO_CHANGES = 1;

    public PdfSignatureCheck {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    public static PdfSignatureCheck of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.size() != 1) {
                return failed(signatures.isEmpty() ? "the PDF is not signed"
                        : "the PDF has " + signatures.size() + " signatures; one was added after it was signed");
            }
            PDSignature signature = signatures.get(0);
            List<String> problems = new ArrayList<>();
            int[] range = signature.getByteRange();
            byte[] cms = coverage(pdf, range, problems);
            X509Certificate signer = null;
            if (cms != null) {
                CmsVerification verification = CmsVerification.check(cms, signedBytes(pdf, range));
                signer = verification.signer();
                if (!verification.intact()) {
                    problems.add(verification.problem().replace("the sheet", "the PDF"));
                }
            }
            if (!certifiesWithNoChanges(document, signature)) {
                problems.add("it is not a certification signature that allows no changes (DocMDP, P=1)");
            }
            return new PdfSignatureCheck(problems, signer, signature.getName());
        } catch (IOException e) {
            return failed("it is not a PDF that can be read (" + e.getMessage() + ")");
        }
    }

    /**
     * The CMS in the gap the byte range leaves, when the range is the whole file but that gap
     * and the gap holds nothing but the signature's hex string; null with a problem otherwise.
     */
    private static byte[] coverage(byte[] pdf, int[] range, List<String> problems) {
        if (range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] + 1 || range[3] < 0
                || (long) range[2] + range[3] > pdf.length) {
            problems.add("its byte range does not describe this file, so what it signs cannot be told");
            return null;
        }
        long after = pdf.length - ((long) range[2] + range[3]);
        if (after > 0) {
            problems.add(after + " bytes were added to the file after it was signed (an incremental update: "
                    + "a change to a page, a new page or annotation, or text after the end)");
        }
        if (pdf[range[1]] != '<' || pdf[range[2] - 1] != '>') {
            problems.add("the part it leaves unsigned is not only the signature");
            return null;
        }
        try {
            return HexFormat.of().parseHex(new String(pdf, range[1] + 1, range[2] - range[1] - 2,
                    StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            problems.add("the part it leaves unsigned is not only the signature");
            return null;
        }
    }

    private static byte[] signedBytes(byte[] pdf, int[] range) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(range[1] + range[3]);
        out.write(pdf, range[0], range[1]);
        out.write(pdf, range[2], range[3]);
        return out.toByteArray();
    }

    /** The catalog's DocMDP permission names this signature, and its transform allows no change. */
    private static boolean certifiesWithNoChanges(PDDocument document, PDSignature signature) {
        COSDictionary permissions = document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        if (permissions == null || permissions.getCOSDictionary(DOC_MDP) != signature.getCOSObject()) {
            return false;
        }
        COSBase references = signature.getCOSObject().getDictionaryObject(COSName.getPDFName("Reference"));
        if (!(references instanceof COSArray array)) {
            return false;
        }
        for (int i = 0; i < array.size(); i++) {
            if (array.getObject(i) instanceof COSDictionary reference
                    && DOC_MDP.equals(reference.getCOSName(COSName.getPDFName("TransformMethod")))) {
                COSDictionary parameters = reference.getCOSDictionary(COSName.getPDFName("TransformParams"));
                return parameters != null && parameters.getInt(COSName.P, 2) == NO_CHANGES;
            }
        }
        return false;
    }

    private static PdfSignatureCheck failed(String problem) {
        return new PdfSignatureCheck(List.of(problem), null, null);
    }
}
