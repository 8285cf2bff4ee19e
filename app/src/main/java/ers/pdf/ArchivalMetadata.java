package ers.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a document PDF/A-2b: the same title, author, subject and dates in the document
 * information and in XMP, the PDF/A identification, an sRGB output intent and the language.
 * Records are kept for years; this is what keeps them readable.
 */
final class ArchivalMetadata {

    static final String CREATOR = "Evidence Record Sheet editor";
    private static final String SRGB = "sRGB IEC61966-2.1";
    /**
     * The sRGB profile the Java runtime's colour engine (Little CMS) builds, carried as a file:
     * asking the runtime for it starts the colour engine, a cold export's slowest first step.
     */
    static final String SRGB_PROFILE_FILE = "/colour/sRGB.icc";
    private static final byte[] SRGB_PROFILE = BundledResource.bytes(SRGB_PROFILE_FILE, "the colour profile");

    private ArchivalMetadata() {
    }

    record Description(String title, String author, String subject) {
    }

    static void apply(PDDocument document, Description description) throws IOException {
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        now.set(Calendar.MILLISECOND, 0);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(description.title());
        info.setAuthor(description.author());
        info.setSubject(description.subject());
        info.setCreator(CREATOR);
        info.setProducer(CREATOR);
        info.setCreationDate(now);
        info.setModificationDate(now);

        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("en-GB");
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(description, now));
        catalog.setMetadata(metadata);
        PDOutputIntent intent = srgbIntent(document);
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
    }

    /**
     * PDFBox's own constructor reads the profile with the runtime's colour engine only to learn
     * its three components, which starts that engine; the dictionary is written here instead.
     */
    private static PDOutputIntent srgbIntent(PDDocument document) throws IOException {
        PDStream profile = new PDStream(document, new ByteArrayInputStream(SRGB_PROFILE), COSName.FLATE_DECODE);
        profile.getCOSObject().setInt(COSName.N, 3);
        COSDictionary dictionary = new COSDictionary();
        dictionary.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
        dictionary.setItem(COSName.S, COSName.GTS_PDFA1);
        dictionary.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        return new PDOutputIntent(dictionary);
    }

    /**
     * The XMP packet, written as text from a fixed template rather than through xmpbox's DOM and
     * XSLT serializer: those load about 300 XML classes at every export for six fields.
     */
    static byte[] xmp(Description description, Calendar now) {
        String date = String.format(Locale.ROOT, "%tFT%<tT+00:00", now);
        String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:format>application/pdf</dc:format>\n"
                + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(description.title())
                + "</rdf:li></rdf:Alt></dc:title>\n"
                + "<dc:creator><rdf:Seq><rdf:li>" + escaped(description.author()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + escaped(description.subject())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "<pdf:Producer>" + CREATOR + "</pdf:Producer>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "<xmp:CreatorTool>" + CREATOR + "</xmp:CreatorTool>\n"
                + "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "</rdf:Description>\n"
                + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "<pdfaid:part>2</pdfaid:part>\n"
                + "<pdfaid:conformance>B</pdfaid:conformance>\n"
                + "</rdf:Description>\n"
                + "</rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
        return packet.getBytes(StandardCharsets.UTF_8);
    }

    /** Text as XML character data: markup characters escaped, and characters XML 1.0 forbids dropped. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
