package ers.spec.importing;

import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import ers.spec.SpecSection;
import ers.spec.UnitSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a unit as an awarding body's specification document: labelled header fields, the purpose,
 * then a three-column table (outcomes, criteria, third column) under a header row that is repeated
 * on every page the table continues on, a row cut by the page end going on over the page, and the
 * sections after it. A page number sits in the footer, as in the published documents.
 */
final class SpecificationPdf {

    private static final float SIZE = 9;
    private static final float LEADING = 11;
    private static final float TOP = 790;
    private static final float BOTTOM = 60;
    private static final float[] X = {50, 190, 370};
    private static final float[] WIDTH = {130, 170, 175};

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;
    private int pages;

    private SpecificationPdf() {
    }

    static byte[] of(UnitSpec unit, List<String[]> headerFields) throws IOException {
        return of(unit, headerFields, 8);
    }

    /**
     * @param sectionGap the space between two paragraphs of a section; 0 prints them one under
     *                   another, as a list without bullet marks is printed
     */
    static byte[] of(UnitSpec unit, List<String[]> headerFields, float sectionGap) throws IOException {
        SpecificationPdf pdf = new SpecificationPdf();
        pdf.newPage();
        for (String[] field : headerFields) {
            pdf.text(X[0], field[0], true);
            pdf.text(X[1], field[1], false);
            pdf.y -= LEADING + 2;
        }
        pdf.y -= LEADING;
        pdf.paragraph("Unit purpose and aim", true);
        unit.purpose().forEach(p -> pdf.paragraph(p, false));
        pdf.table(unit);
        for (SpecSection section : unit.sections()) {
            pdf.paragraph(section.heading(), true);
            section.paragraphs().forEach(p -> {
                pdf.paragraph(p, false);
                pdf.y += 8 - sectionGap;
            });
            pdf.y -= 8 - sectionGap;
        }
        return pdf.finish();
    }

    private void table(UnitSpec unit) throws IOException {
        tableHeader(unit.thirdColumnHeading());
        boolean first = true;
        for (LearningOutcome lo : unit.learningOutcomes()) {
            List<List<String>> cells = List.of(
                    wrap((first && unit.outcomeStem() != null ? unit.outcomeStem() + " " : "") + lo.number() + " " + lo.title(), 0),
                    wrapAll(criteria(unit, lo, first), 1), wrapAll(lo.guidance(), 2));
            first = false;
            int rows = cells.stream().mapToInt(List::size).max().orElse(1);
            for (int line = 0; line < rows; line++) {
                if (y - LEADING < BOTTOM) {
                    newPage();
                    tableHeader(unit.thirdColumnHeading());
                }
                for (int c = 0; c < 3; c++) {
                    if (line < cells.get(c).size()) {
                        text(X[c] + 2, cells.get(c).get(line), false);
                    }
                }
                y -= LEADING;
            }
            rule();
        }
        y -= 2 * LEADING;
    }

    private static List<String> criteria(UnitSpec unit, LearningOutcome lo, boolean first) {
        List<String> lines = new ArrayList<>();
        if (first && unit.criterionStem() != null) {
            lines.add(unit.criterionStem());
        }
        for (Criterion c : lo.criteria()) {
            lines.add(c.number() + " " + c.text());
        }
        return lines;
    }

    private void tableHeader(String third) throws IOException {
        text(X[0] + 2, "Learning Outcomes", true);
        text(X[1] + 2, "Assessment Criteria", true);
        if (third != null) {
            text(X[2] + 2, third, true);
        }
        y -= LEADING;
        rule();
    }

    private void rule() throws IOException {
        page.moveTo(X[0], y + LEADING - 3);
        page.lineTo(X[2] + WIDTH[2], y + LEADING - 3);
        page.stroke();
    }

    private void paragraph(String text, boolean heading) {
        try {
            for (String line : wrap(text, WIDTH[0] + WIDTH[1] + WIDTH[2], heading ? bold : regular)) {
                if (y - LEADING < BOTTOM) {
                    newPage();
                }
                text(X[0], line, heading);
                y -= LEADING;
            }
            y -= 8;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<String> wrapAll(List<String> paragraphs, int column) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String p : paragraphs) {
            lines.addAll(wrap(p, column));
        }
        return lines;
    }

    private List<String> wrap(String text, int column) throws IOException {
        return wrap(text, WIDTH[column] - 6, regular);
    }

    private static List<String> wrap(String text, float width, PDType1Font font) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(tried) / 1000 * SIZE > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void text(float x, String text, boolean isBold) {
        try {
            page.beginText();
            page.setFont(isBold ? bold : regular, SIZE);
            page.newLineAtOffset(x, y);
            page.showText(text);
            page.endText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (page != null) {
                page.close();
            }
            PDPage p = new PDPage(PDRectangle.A4);
            document.addPage(p);
            page = new PDPageContentStream(document, p);
            pages++;
            y = 30;
            text(X[0], "Unit specification \u00b7 page " + pages, false);
            y = TOP;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private byte[] finish() throws IOException {
        page.close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        document.close();
        return out.toByteArray();
    }
}
