package ers.pdf;

import java.awt.image.BufferedImage;

/** Compares rendered pages the way a person would notice a change, ignoring anti-aliasing noise. */
final class GoldenImages {

    /** A channel must move this much (of 255) for a pixel to count as changed. */
    private static final int THRESHOLD = 48;

    private GoldenImages() {
    }

    /** How many pixels differ visibly; every pixel when the sizes differ. */
    static long differingPixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return (long) a.getWidth() * a.getHeight();
        }
        long differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff)) > THRESHOLD) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing;
    }
}
