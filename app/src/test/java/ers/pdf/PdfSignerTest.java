package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.seal.CmsVerification;
import ers.portfolio.seal.PersonalCertificate;
import ers.portfolio.seal.SigningKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

class PdfSignerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-21T10:00:00Z"), ZoneOffset.UTC);
    private static SigningKey key;
    private static byte[] unsigned;
    private static byte[] signed;

    @BeforeAll
    static void signOnce() throws Exception {
        key = PersonalCertificate.create("Jane Smith", "Northgate College", CLOCK);
        unsigned = PdfReading.export(Fixtures.sample());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfSigner(CLOCK).sign(unsigned, key, "Evidence Record Sheets of Aled Hughes", out);
        signed = out.toByteArray();
    }

    /** The signature checked as any reader checks it: the CMS over the bytes its ByteRange names. */
    private static CmsVerification check(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertEquals(1, signatures.size());
            PDSignature signature = signatures.get(0);
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            return CmsVerification.check(signature.getContents(pdf), signature.getSignedContent(pdf));
        }
    }

    @Test
    void theSignatureVerifiesWithTheSignersCertificate() throws Exception {
        CmsVerification result = check(signed);
        assertTrue(result.intact(), result.problem());
        assertEquals(key.certificate(), result.signer());
    }

    @Test
    void signingAppendsAndLeavesTheOriginalBytesAsTheyWere() {
        assertArrayEquals(unsigned, Arrays.copyOf(signed, unsigned.length));
    }

    @Test
    void oneChangedByteOfThePageBreaksTheSignature() throws Exception {
        byte[] tampered = signed.clone();
        int at = firstPageContent(tampered) + 20;
        tampered[at] = (byte) (tampered[at] + 1);
        CmsVerification result = check(tampered);
        assertFalse(result.intact());
    }

    @Test
    void theSignedFileIsStillPdfA2b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(signed));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            assertTrue(result.isCompliant(), () -> result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId() + " " + a.getMessage()).distinct().limit(10).toList().toString());
        }
    }

    /** Where the data of the first page's content stream starts in the file. */
    private static int firstPageContent(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSBase contents = document.getPage(0).getCOSObject().getItem(COSName.CONTENTS);
            if (contents instanceof COSArray array) {
                contents = array.get(0);
            }
            long object = document.getDocument().getXrefTable().get(((COSObject) contents).getKey());
            byte[] keyword = "stream".getBytes(StandardCharsets.US_ASCII);
            return indexOf(pdf, keyword, (int) object) + keyword.length + 1;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not in the file: " + new String(needle, StandardCharsets.US_ASCII));
    }
}
