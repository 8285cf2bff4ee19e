package ers.portfolio;

import java.util.List;

/**
 * A hand-drawn signature as vector strokes, with the size of the pad it was drawn on so that
 * it can be scaled into any box without distortion.
 */
public record Drawing(double width, double height, List<List<Point>> strokes) {

    public Drawing {
        strokes = strokes.stream().map(List::copyOf).toList();
    }
}
