package ers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioUnit;
import ers.portfolio.Portfolio;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** What keeps the file readable for years: PDF/A-2b by veraPDF, embedded fonts, metadata, bookmarks. */
public class ArchivalPdfTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static Portfolio twoUnits() {
        Portfolio sample = Fixtures.sample();
        List<PortfolioUnit> units = new ArrayList<>(sample.units());
        units.add(PortfolioUnit.empty(Fixtures.unit("W60", 6, 10)));
        return sample.withUnits(units);
    }

    @Test
    void veraPdfFindsItPdfA2bCompliant() throws Exception {
        assertPdfA2b(PdfReading.export(twoUnits()));
    }

    public static void assertPdfA2b(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + " " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertTrue(result.isCompliant(), failures);
        }
    }

    @Test
    void everyFontIsEmbeddedLiberationSans() throws Exception {
        try (PDDocument pdf = PdfReading.load(PdfReading.export(twoUnits()))) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName() + " is a composite TrueType font");
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertFalse(font.isStandard14(), font.getName());
                    assertTrue(font.getName().matches("[A-Z]{6}\\+LiberationSans(-Bold)?"), font.getName());
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
        }
    }

    @Test
    void describesItselfAndHasABookmarkPerUnit() throws Exception {
        try (PDDocument pdf = PdfReading.load(PdfReading.export(twoUnits()))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertEquals("Evidence Record Sheets: Rhian Llewellyn", info.getTitle());
            assertEquals("Northgate Training", info.getAuthor());
            assertEquals("OCR Level 3 NVQ in Team Leading (Unit F17, Unit W60)", info.getSubject());
            assertEquals("Evidence Record Sheet editor", info.getCreator());
            assertEquals("en-GB", pdf.getDocumentCatalog().getLanguage());
            List<String> bookmarks = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                pages.add(pdf.getPages().indexOf(item.findDestinationPage(pdf)));
            }
            assertEquals(List.of("Unit F17 Manage customer service in own area of responsibility",
                    "Unit W60 A unit with 60 criteria"), bookmarks);
            assertEquals(List.of(0, 1), pages, "each bookmark opens its sheet's first page");
        }
    }

    @Test
    void theOutputIntentIsAnSrgbDisplayProfileThatConvertsColoursAsTheRuntimesOwnSrgbDoes() throws Exception {
        try (PDDocument pdf = PdfReading.load(PdfReading.export(twoUnits()))) {
            PDOutputIntent intent = pdf.getDocumentCatalog().getOutputIntents().get(0);
            assertEquals("sRGB IEC61966-2.1", intent.getOutputConditionIdentifier());
            ICC_Profile profile;
            try (var in = intent.getDestOutputIntent().createInputStream()) {
                profile = ICC_Profile.getInstance(in);
            }
            assertEquals(ColorSpace.TYPE_RGB, profile.getColorSpaceType());
            assertEquals(ICC_Profile.CLASS_DISPLAY, profile.getProfileClass());
            ColorSpace carried = new ICC_ColorSpace(profile);
            ColorSpace srgb = ColorSpace.getInstance(ColorSpace.CS_sRGB);
            for (float[] rgb : new float[][] {{1, 0, 0}, {0, 0.5f, 0}, {0.2f, 0.4f, 0.9f}, {0.5f, 0.5f, 0.5f}}) {
                float[] expected = srgb.toCIEXYZ(rgb);
                float[] actual = carried.toCIEXYZ(rgb);
                for (int i = 0; i < 3; i++) {
                    assertEquals(expected[i], actual[i], 1 / 255f, "CIE XYZ of " + Arrays.toString(rgb));
                }
            }
        }
    }
}
