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

    /**
     * The contrast of text as the screen shows it: a control drawn faded (a disabled one, at
     * Modena's 0.4 opacity) is composited over what lies behind it, text and background alike.
     */
    static double ofTextAsDrawn(Text text) {
        Region field = backgroundOf(text);
        Color fieldColour = field == null ? Color.WHITE : opaqueFill(field);
        Color under = field == null ? Color.WHITE : behind(field);
        double textAlpha = ((Color) text.getFill()).getOpacity() * opacityUpTo(text, field);
        double fieldAlpha = field == null ? 1 : opacityUpTo(field, backgroundOf(field));
        Color onField = over((Color) text.getFill(), fieldColour, textAlpha);
        return ratio(over(onField, under, fieldAlpha), over(fieldColour, under, fieldAlpha));
    }

    /** The product of the opacities from {@code node} up to, not including, {@code end}. */
    private static double opacityUpTo(Node node, Node end) {
        double alpha = 1;
        for (Node n = node; n != null && n != end; n = n.getParent()) {
            alpha *= n.getOpacity();
        }
        return alpha;
    }

    private static Color over(Color top, Color bottom, double alpha) {
        return Color.color(top.getRed() * alpha + bottom.getRed() * (1 - alpha),
                top.getGreen() * alpha + bottom.getGreen() * (1 - alpha),
                top.getBlue() * alpha + bottom.getBlue() * (1 - alpha));
    }

    private static Region backgroundOf(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Region r && opaqueFill(r) != null) {
                return r;
            }
        }
        return null;
    }

    private static Color opaqueFill(Region r) {
        if (r.getBackground() == null) {
            return null;
        }
        for (int i = r.getBackground().getFills().size() - 1; i >= 0; i--) {
            BackgroundFill fill = r.getBackground().getFills().get(i);
            if (fill.getFill() instanceof Color c && c.getOpacity() > 0.9) {
                return c;
            }
        }
        return null;
    }

    static Color behind(Node node) {
        Region r = backgroundOf(node);
        return r == null ? Color.WHITE : opaqueFill(r);
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
