package ers.sheet;

import ers.portfolio.Drawing;

/**
 * What a laid-out page is made of. Coordinates are points from the page's top-left corner, y
 * growing downwards; a drawing layer only has to place these, never to decide anything.
 */
public sealed interface Element {

    /**
     * One line of text. {@code y} is the baseline; a rotated text runs upwards from ({@code x},
     * {@code y}), turned 90 degrees anticlockwise.
     */
    record Text(double x, double y, double size, Face face, String text, boolean rotated) implements Element {
    }

    /** A thin rule from one point to another. */
    record Rule(double x1, double y1, double x2, double y2) implements Element {
    }

    /** A lightly shaded rectangle behind header cells. */
    record Shade(double x, double y, double width, double height) implements Element {
    }

    /** A tick mark centred in the cell of {@code criterion} on the row of evidence {@code reference}. */
    record Tick(double x, double y, double width, double height, String reference, String criterion)
            implements Element {

        public double centreX() {
            return x + width / 2;
        }

        public double centreY() {
            return y + height / 2;
        }
    }

    /** A hand-drawn signature, scaled to fit the box without distortion. */
    record Ink(double x, double y, double width, double height, Drawing drawing) implements Element {
    }
}
