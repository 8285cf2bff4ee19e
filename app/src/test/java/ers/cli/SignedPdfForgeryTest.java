package ers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.pdf.ExportProgress;
import ers.pdf.PdfSigner;
import ers.pdf.SheetExport;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.SignatureJudge;
import ers.portfolio.seal.PersonalCertificate;
import ers.portfolio.seal.SigningKey;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A signed PDF of record sheets changed afterwards by an incremental update, which a plain
 * signature check still calls valid: {@code ers verify FILE.pdf} refuses every one.
 */
class SignedPdfForgeryTest {

    @TempDir
    static Path dir;

    private static byte[] signed;

    @BeforeAll
    static void signTheSample() throws Exception {
        System.setProperty("ers.home", dir.resolve("home").toString());
        Portfolio sample = PortfolioReader.read(Path.of(System.getProperty("ers.repo"), "samples",
                "complete-team-leading.ers.json"));
        ByteArrayOutputStream unsigned = new ByteArrayOutputStream();
        SheetExport.write(sample, SheetExport.layout(sample, List.of(), SignatureJudge.standard(), false),
                unsigned, ExportProgress.NONE);
        SigningKey key = PersonalCertificate.create("Jane Smith", "Northgate College", Clock.systemUTC());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfSigner(Clock.systemUTC()).sign(unsigned.toByteArray(), key, "Evidence Record Sheets", out);
        signed = out.toByteArray();
    }

    @AfterAll
    static void forgetHome() {
        System.clearProperty("ers.home");
    }

    interface Update {
        void apply(PDDocument document) throws Exception;
    }

    static Stream<Arguments> laterUpdates() {
        return Stream.of(
                Arguments.of("a white box over the ticks", (Update) document -> {
                    PDPage page = document.getPage(0);
                    try (PDPageContentStream box = new PDPageContentStream(document, page,
                            PDPageContentStream.AppendMode.APPEND, true)) {
                        box.setNonStrokingColor(1f, 1f, 1f);
                        box.addRect(300, 300, 200, 100);
                        box.fill();
                    }
                    page.getCOSObject().setNeedToBeUpdated(true);
                }),
                Arguments.of("a new page", (Update) document -> {
                    document.addPage(new PDPage(PDRectangle.A4));
                    document.getPages().getCOSObject().setNeedToBeUpdated(true);
                    document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
                }),
                Arguments.of("an annotation", (Update) document -> {
                    PDPage page = document.getPage(0);
                    PDAnnotationText note = new PDAnnotationText();
                    note.setRectangle(new PDRectangle(100, 100, 20, 20));
                    note.setContents("criteria 1.1 to 1.4 were never assessed");
                    page.getAnnotations().add(note);
                    page.getCOSObject().setNeedToBeUpdated(true);
                    page.getCOSObject().getCOSArray(COSName.ANNOTS).setNeedToBeUpdated(true);
                }));
    }

    private static int verify(Path file, StringWriter out) {
        return ErsCommand.run(new PrintWriter(out), new PrintWriter(out), "verify", file.toString());
    }

    @Test
    void theSignedPdfVerifiesAsCoveringTheWholeFileWithNoChangesAllowed() throws Exception {
        Path file = dir.resolve("sheets.pdf");
        Files.write(file, signed);
        StringWriter out = new StringWriter();

        assertEquals(0, verify(file, out), out.toString());
        assertTrue(out.toString().contains("signature valid, covers the whole file, nothing added after it, "
                + "no changes allowed (DocMDP P=1); signed by CN=Jane Smith,O=Northgate College (untrusted"), out.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("laterUpdates")
    void anIncrementalUpdateAfterSigningIsRefusedByVerify(String what, Update update) throws Exception {
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(signed)) {
            update.apply(document);
            document.saveIncremental(changed);
        }
        Path file = dir.resolve("changed.pdf");
        Files.write(file, changed.toByteArray());
        StringWriter out = new StringWriter();

        assertEquals(VerifyCommand.SIGNATURE_FAILED, verify(file, out), out.toString());
        assertTrue(out.toString().contains("signature VOID: " + (changed.size() - signed.length)
                + " bytes were added to the file after it was signed"), out.toString());
    }

    @Test
    void bytesAfterTheEndOfTheSignedFileAreRefusedByVerify() throws Exception {
        byte[] more = "\n% the assessor never saw this\n".getBytes(StandardCharsets.US_ASCII);
        byte[] changed = new byte[signed.length + more.length];
        System.arraycopy(signed, 0, changed, 0, signed.length);
        System.arraycopy(more, 0, changed, signed.length, more.length);
        Path file = dir.resolve("appended.pdf");
        Files.write(file, changed);
        StringWriter out = new StringWriter();

        assertEquals(VerifyCommand.SIGNATURE_FAILED, verify(file, out), out.toString());
        assertTrue(out.toString().contains(more.length + " bytes were added to the file after it was signed"),
                out.toString());
    }

    @Test
    void anUnsignedPdfIsNotValid() throws Exception {
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        // Signing appended an update after the original's end.
        byte[] unsigned = Arrays.copyOf(signed, text.indexOf("%%EOF") + "%%EOF".length());
        Path file = dir.resolve("unsigned.pdf");
        Files.write(file, unsigned);
        StringWriter out = new StringWriter();

        assertEquals(VerifyCommand.SIGNATURE_FAILED, verify(file, out), out.toString());
        assertTrue(out.toString().contains("signature VOID: the PDF is not signed"), out.toString());
    }
}
