package ers.ui.sign;

import ers.portfolio.Drawing;
import ers.portfolio.Point;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * Where a person draws their signature with a mouse, pen or finger (touch and pen arrive as
 * mouse events), kept as vector strokes so that it prints sharp at any size. Undo removes the
 * last stroke; clear removes all.
 */
public final class SignaturePad extends Region {

    public static final double WIDTH = 360;
    public static final double HEIGHT = 120;

    private final Canvas canvas = new Canvas(WIDTH, HEIGHT);
    private final List<List<Point>> strokes = new ArrayList<>();
    private final ReadOnlyObjectWrapper<Drawing> drawing = new ReadOnlyObjectWrapper<>(this, "drawing");
    private List<Point> current;

    public SignaturePad() {
        getStyleClass().add("signature-pad");
        setStyle("-fx-border-color: #888; -fx-background-color: white;");
        getChildren().add(canvas);
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            current = new ArrayList<>();
            strokes.add(current);
            add(e);
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::add);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            add(e);
            current = null;
            publish();
        });
        redraw();
    }

    /** The drawn signature, or null while the pad is empty. */
    public ReadOnlyObjectProperty<Drawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    public void undo() {
        if (!strokes.isEmpty()) {
            strokes.remove(strokes.size() - 1);
            publish();
        }
    }

    public void clear() {
        strokes.clear();
        publish();
    }

    private void add(MouseEvent e) {
        if (current == null) {
            return;
        }
        // A tenth of a pixel is finer than any hand; rounding keeps files small.
        Point p = new Point(round(clamp(e.getX(), WIDTH)), round(clamp(e.getY(), HEIGHT)));
        if (current.isEmpty() || !current.get(current.size() - 1).equals(p)) {
            current.add(p);
        }
        redraw();
    }

    private void publish() {
        strokes.removeIf(List::isEmpty);
        drawing.set(strokes.isEmpty() ? null : new Drawing(WIDTH, HEIGHT, strokes));
        redraw();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(Color.LIGHTGRAY);
        g.setLineWidth(1);
        g.strokeLine(12, HEIGHT - 24, WIDTH - 12, HEIGHT - 24);
        g.setStroke(Color.NAVY);
        g.setLineWidth(2);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (List<Point> stroke : strokes) {
            g.beginPath();
            g.moveTo(stroke.get(0).x(), stroke.get(0).y());
            stroke.forEach(p -> g.lineTo(p.x(), p.y()));
            g.stroke();
        }
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
