package ers.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;

/** WCAG contrast of text as drawn: its fill against the nearest opaque background behind it. */
final class Contrast {

    private Contrast() {
    }

    /** The contrast ratio (1 to 21) of the first text drawn inside {@code node} against what is behind it. */
    static double ofText(Node node) {
        Text text = node instanceof Text t ? t : (Text) node.lookup(".text");
        return ratio((Color) text.getFill(), behind(text));
    }

    static Color behind(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Region r && r.getBackground() != null) {
                for (int i = r.getBackground().getFills().size() - 1; i >= 0; i--) {
                    BackgroundFill fill = r.getBackground().getFills().get(i);
                    if (fill.getFill() instanceof Color c && c.getOpacity() > 0.9) {
                        return c;
                    }
                }
            }
        }
        return Color.WHITE;
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
