package ers.pdf;

import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
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

    /** A word and where it sits, in points from the page's top-left corner. */
    record Word(String text, double x, double y, double width) {
        double centreX() {
            return x + width / 2;
        }
    }

    static List<Word> words(PDDocument document, int pageIndex) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                int start = 0;
                for (int i = 0; i <= positions.size(); i++) {
                    boolean end = i == positions.size() || positions.get(i).getUnicode().isBlank();
                    if (end && i > start) {
                        TextPosition first = positions.get(start);
                        TextPosition last = positions.get(i - 1);
                        StringBuilder word = new StringBuilder();
                        positions.subList(start, i).forEach(p -> word.append(p.getUnicode()));
                        words.add(new Word(word.toString(), first.getXDirAdj(), first.getYDirAdj(),
                                last.getXDirAdj() + last.getWidthDirAdj() - first.getXDirAdj()));
                    }
                    if (end) {
                        start = i + 1;
                    }
                }
            }
        };
        stripper.setStartPage(pageIndex + 1);
        stripper.setEndPage(pageIndex + 1);
        stripper.writeText(document, new StringWriter());
        return words;
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
