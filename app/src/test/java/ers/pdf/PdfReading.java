package ers.pdf;

import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads exported PDFs back the way a checker would: words with their places, and every stroked line. */
final class PdfReading {

    private PdfReading() {
    }

    static byte[] export(ers.portfolio.Portfolio portfolio) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SheetExport.toPdf(portfolio, List.of(), out, ExportProgress.NONE);
        return out.toByteArray();
    }

    static PDDocument load(byte[] pdf) throws IOException {
        return Loader.loadPDF(pdf);
    }

    /** The text in content order (the order the sheet is meant to be read in). */
    static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    static String text(PDDocument document, int pageIndex) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        return stripper.getText(document);
    }

    /**
     * A word and where it sits, in points from the page's top-left corner: {@code x} is where its
     * baseline starts, {@code y} the baseline's height (for a rotated word, the x of its vertical
     * baseline and the y where it starts, reading upwards).
     */
    record Word(String text, double x, double y, double length, double size, boolean rotated) {

        /** A point surely inside the column the word is printed in. */
        double centreX() {
            return rotated ? x - 0.36 * size : x + length / 2;
        }
    }

    /** Words as drawn: glyphs that follow each other on one baseline, split at spaces. */
    static List<Word> words(PDDocument document, int pageIndex) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
            }
        };
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.getText(document);
        double height = document.getPage(pageIndex).getMediaBox().getHeight();
        List<Word> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        TextPosition first = null;
        TextPosition previous = null;
        for (TextPosition glyph : glyphs) {
            boolean blank = glyph.getUnicode().isBlank();
            if (first != null && (blank || !follows(previous, glyph))) {
                words.add(word(word, first, previous, height));
                word.setLength(0);
                first = null;
            }
            if (!blank) {
                first = first == null ? glyph : first;
                word.append(glyph.getUnicode());
            }
            previous = glyph;
        }
        if (first != null) {
            words.add(word(word, first, previous, height));
        }
        return words;
    }

    private static boolean rotated(TextPosition glyph) {
        return glyph.getTextMatrix().getShearY() > 0.5;
    }

    private static boolean follows(TextPosition a, TextPosition b) {
        if (rotated(a) != rotated(b)) {
            return false;
        }
        double ax = a.getTextMatrix().getTranslateX();
        double ay = a.getTextMatrix().getTranslateY();
        double bx = b.getTextMatrix().getTranslateX();
        double by = b.getTextMatrix().getTranslateY();
        return rotated(a)
                ? Math.abs(ax - bx) < 0.01 && Math.abs(ay + a.getWidthDirAdj() - by) < 0.5
                : Math.abs(ay - by) < 0.01 && Math.abs(ax + a.getWidthDirAdj() - bx) < 0.5;
    }

    private static Word word(StringBuilder text, TextPosition first, TextPosition last, double height) {
        double x = first.getTextMatrix().getTranslateX();
        double y = first.getTextMatrix().getTranslateY();
        boolean rotated = rotated(first);
        double end = rotated ? last.getTextMatrix().getTranslateY() + last.getWidthDirAdj()
                : last.getTextMatrix().getTranslateX() + last.getWidthDirAdj();
        return new Word(text.toString(), x, height - y, end - (rotated ? y : x), first.getFontSizeInPt(), rotated);
    }

    /** A stroked path: its line width and its subpaths' points, y measured from the top of the page. */
    record Stroke(double lineWidth, List<List<Point2D>> subpaths) {
    }

    static List<Stroke> strokes(PDPage page) throws IOException {
        StrokeRecorder recorder = new StrokeRecorder(page);
        recorder.processPage(page);
        return recorder.strokes;
    }

    private static final class StrokeRecorder extends PDFGraphicsStreamEngine {
        private final List<Stroke> strokes = new ArrayList<>();
        private final List<List<Point2D>> path = new ArrayList<>();
        private final double height;

        StrokeRecorder(PDPage page) {
            super(page);
            height = page.getMediaBox().getHeight();
        }

        @Override
        public void moveTo(float x, float y) {
            List<Point2D> subpath = new ArrayList<>();
            subpath.add(new Point2D.Double(x, height - y));
            path.add(subpath);
        }

        @Override
        public void lineTo(float x, float y) {
            path.get(path.size() - 1).add(new Point2D.Double(x, height - y));
        }

        @Override
        public void strokePath() {
            strokes.add(new Stroke(getGraphicsState().getLineWidth(), List.copyOf(path)));
            path.clear();
        }

        @Override
        public void endPath() {
            path.clear();
        }

        @Override
        public void fillPath(int windingRule) {
            path.clear();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            strokePath();
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            path.add(new ArrayList<>());
        }

        @Override
        public void drawImage(PDImage pdImage) {
        }

        @Override
        public void clip(int windingRule) {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            lineTo(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }
    }
}
