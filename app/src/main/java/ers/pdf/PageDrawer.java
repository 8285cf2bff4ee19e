package ers.pdf;

import ers.portfolio.Drawing;
import ers.portfolio.Point;
import ers.sheet.Element;
import ers.sheet.Face;
import ers.sheet.SheetPage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws a laid-out page with PDFBox, deciding nothing: shading first, then the text in reading
 * order, then the rules, tick marks and drawn signatures, each kind as one path.
 */
final class PageDrawer {

    static final float RULE_WIDTH = 0.5f;
    /** Ticks are heavier than rules and signatures, so a reader (or a test) tells them apart. */
    static final float TICK_WIDTH = 1.25f;
    static final float INK_WIDTH = 0.9f;
    private static final float SHADE = 0.9f;
    private static final double TICK_SIZE = 8;

    private final Map<Face, PDType0Font> fonts;

    PageDrawer(Map<Face, PDType0Font> fonts) {
        this.fonts = fonts;
    }

    PDPage draw(PDDocument document, SheetPage sheetPage) throws IOException {
        PDPage page = new PDPage(new PDRectangle((float) SheetPage.WIDTH, (float) SheetPage.HEIGHT));
        document.addPage(page);
        List<Element> elements = sheetPage.elements();
        try (PDPageContentStream out = new PDPageContentStream(document, page)) {
            shades(out, elements);
            texts(out, elements);
            rules(out, elements);
            ticks(out, elements);
            inks(out, elements);
        }
        return page;
    }

    private static void shades(PDPageContentStream out, List<Element> elements) throws IOException {
        out.setNonStrokingColor(SHADE, SHADE, SHADE);
        boolean any = false;
        for (Element e : elements) {
            if (e instanceof Element.Shade s) {
                out.addRect(x(s.x()), y(s.y() + s.height()), x(s.width()), x(s.height()));
                any = true;
            }
        }
        if (any) {
            out.fill();
        }
        out.setNonStrokingColor(0f, 0f, 0f);
        out.setStrokingColor(0f, 0f, 0f);
    }

    /**
     * Upright lines move from the previous line's start ({@code Td}, two numbers) rather than set
     * a whole matrix ({@code Tm}, six): less to format, write and compress on every page.
     */
    private void texts(PDPageContentStream out, List<Element> elements) throws IOException {
        out.beginText();
        PDType0Font current = null;
        double currentSize = 0;
        float lineX = 0;
        float lineY = 0;
        boolean upright = true;
        for (Element e : elements) {
            if (e instanceof Element.Text t) {
                PDType0Font font = fonts.get(t.face());
                if (font != current || t.size() != currentSize) {
                    out.setFont(font, (float) t.size());
                    current = font;
                    currentSize = t.size();
                }
                float x = x(t.x());
                float y = y(t.y());
                if (t.rotated()) {
                    out.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, y));
                    upright = false;
                } else if (upright) {
                    out.newLineAtOffset(x - lineX, y - lineY);
                } else {
                    out.setTextMatrix(Matrix.getTranslateInstance(x, y));
                    upright = true;
                }
                lineX = x;
                lineY = y;
                out.showText(t.text());
            }
        }
        out.endText();
    }

    private static void rules(PDPageContentStream out, List<Element> elements) throws IOException {
        out.setLineWidth(RULE_WIDTH);
        boolean any = false;
        for (Element e : elements) {
            if (e instanceof Element.Rule r) {
                out.moveTo(x(r.x1()), y(r.y1()));
                out.lineTo(x(r.x2()), y(r.y2()));
                any = true;
            }
        }
        if (any) {
            out.stroke();
        }
    }

    /** A check mark whose bounding box is centred on the cell's centre. */
    private static void ticks(PDPageContentStream out, List<Element> elements) throws IOException {
        out.setLineWidth(TICK_WIDTH);
        out.setLineCapStyle(1);
        out.setLineJoinStyle(1);
        boolean any = false;
        for (Element e : elements) {
            if (e instanceof Element.Tick t) {
                double s = Math.min(TICK_SIZE, 0.6 * Math.min(t.width(), t.height()));
                double cx = t.centreX();
                double cy = t.centreY();
                out.moveTo(x(cx - 0.45 * s), y(cy - 0.05 * s));
                out.lineTo(x(cx - 0.12 * s), y(cy + 0.375 * s));
                out.lineTo(x(cx + 0.45 * s), y(cy - 0.375 * s));
                any = true;
            }
        }
        if (any) {
            out.stroke();
        }
    }

    /** Each signature is clipped to its box, so a stroke that left the pad cannot cross into the form's words. */
    private static void inks(PDPageContentStream out, List<Element> elements) throws IOException {
        out.setLineWidth(INK_WIDTH);
        for (Element e : elements) {
            if (e instanceof Element.Ink ink) {
                out.saveGraphicsState();
                out.addRect(x(ink.x()), y(ink.y() + ink.height()), x(ink.width()), x(ink.height()));
                out.clip();
                if (strokes(out, ink)) {
                    out.stroke();
                }
                out.restoreGraphicsState();
            }
        }
    }

    /** Scales the pad's strokes uniformly into the box, left-aligned and centred in height, as a hand signs. */
    private static boolean strokes(PDPageContentStream out, Element.Ink ink) throws IOException {
        Drawing drawing = ink.drawing();
        if (drawing.width() <= 0 || drawing.height() <= 0) {
            return false;
        }
        double scale = Math.min(ink.width() / drawing.width(), ink.height() / drawing.height());
        double top = ink.y() + (ink.height() - drawing.height() * scale) / 2;
        boolean any = false;
        for (List<Point> stroke : drawing.strokes()) {
            if (stroke.isEmpty()) {
                continue;
            }
            Point first = stroke.get(0);
            out.moveTo(x(ink.x() + first.x() * scale), y(top + first.y() * scale));
            // A single point (a dot over an i) still shows: round caps draw a zero-length line as a dot.
            for (Point p : stroke.size() == 1 ? stroke : stroke.subList(1, stroke.size())) {
                out.lineTo(x(ink.x() + p.x() * scale), y(top + p.y() * scale));
            }
            any = true;
        }
        return any;
    }

    /** The layout measures from the top of the page; PDF from the bottom. */
    private static float y(double fromTop) {
        return x(SheetPage.HEIGHT - fromTop);
    }

    /** A hundredth of a point is far below what any printer shows, and short numbers keep the file small. */
    private static float x(double value) {
        return Math.round(value * 100) / 100f;
    }
}
