package ers.pdf;

import java.awt.image.BufferedImage;

/**
 * Compares rendered pages the way a person would notice a change: scattered anti-aliasing noise
 * passes, a change gathered in one place (a tick moved one column, a rule gone) does not.
 */
final class GoldenImages {

    /** A channel must move this much (of 255) for a pixel to count as changed. */
    private static final int THRESHOLD = 64;
    /** Side of the square tiles, in pixels: at 100 dpi about 3 mm, less than one criterion cell. */
    static final int TILE = 12;
    /** Changed pixels a tile may hold: a tick's stroke alone changes several times as many. */
    static final int PER_TILE = 6;

    private GoldenImages() {
    }

    /** Where the pictures differ, and how much. */
    record Difference(long pixels, int worstTile, int tileX, int tileY) {

        boolean noticeable() {
            return worstTile > PER_TILE;
        }

        @Override
        public String toString() {
            return pixels + " pixels differ; the worst tile, at pixel (" + tileX + ", " + tileY + "), has "
                    + worstTile + " (allowed " + PER_TILE + " per " + TILE + " x " + TILE + " tile)";
        }
    }

    /** Every pixel differs when the sizes do. */
    static Difference compare(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return new Difference((long) a.getWidth() * a.getHeight(), TILE * TILE, 0, 0);
        }
        int columns = (a.getWidth() + TILE - 1) / TILE;
        int[][] tiles = new int[(a.getHeight() + TILE - 1) / TILE][columns];
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (differs(a.getRGB(x, y), b.getRGB(x, y))) {
                    differing++;
                    tiles[y / TILE][x / TILE]++;
                }
            }
        }
        int worst = 0;
        int worstX = 0;
        int worstY = 0;
        for (int ty = 0; ty < tiles.length; ty++) {
            for (int tx = 0; tx < columns; tx++) {
                if (tiles[ty][tx] > worst) {
                    worst = tiles[ty][tx];
                    worstX = tx * TILE;
                    worstY = ty * TILE;
                }
            }
        }
        return new Difference(differing, worst, worstX, worstY);
    }

    private static boolean differs(int p, int q) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > THRESHOLD) {
                return true;
            }
        }
        return false;
    }
}
