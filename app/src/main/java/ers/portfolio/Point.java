package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A point of a drawn stroke, in the coordinates of the pad it was drawn on; stored as {@code [x, y]}. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Point(double x, double y) {
}
