package ers.ui.panes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;

/**
 * The window's panes as the user arranged them: the unit list and the details beside the sheet
 * (shown or hidden, and how wide), the signatures open or folded, the title column's width and
 * whether rows take two lines. Kept in the user's {@link Settings}, so the next start looks the same.
 * A side pane dragged narrower than its controls closes when let go, rather than leaving a strip.
 */
public final class PaneLayout {

    private static final double UNITS_WIDTH = 205;
    private static final double DETAILS_WIDTH = 245;
    private static final double UNITS_FLOOR = 150;
    private static final double DETAILS_FLOOR = 190;

    private final Settings settings;
    private final Consumer<String> say;
    private final BooleanProperty unitsShown = new SimpleBooleanProperty(this, "unitsShown");
    private final BooleanProperty detailsShown = new SimpleBooleanProperty(this, "detailsShown");
    private final BooleanProperty signaturesShown = new SimpleBooleanProperty(this, "signaturesShown");
    private final BooleanProperty twoLineRows = new SimpleBooleanProperty(this, "twoLineRows");
    private final DoubleProperty titleWidth = new SimpleDoubleProperty(this, "titleWidth");
    private final SplitPane split = new SplitPane();
    private SidePane units;
    private SidePane details;
    private Node sheet;
    /** The mouse went down on a divider: its release ends a drag of it. */
    private boolean draggingDivider;
    /** The split had no width yet when its dividers were to be placed. */
    private boolean placeWhenSized;

    public PaneLayout(Settings settings, Consumer<String> say) {
        this.settings = settings;
        this.say = say;
        unitsShown.set(settings.flag("unitListShown", true));
        detailsShown.set(settings.flag("detailsShown", true));
        signaturesShown.set(settings.flag("signaturesShown", false));
        twoLineRows.set(settings.flag("twoLineRows", false));
        titleWidth.set(settings.number("titleWidth", 0));
    }

    /** The unit list, the sheet and the details side by side, as they were left. */
    public SplitPane build(Region unitPane, Node sheetPane, Region detailsPane) {
        units = side("unitList", "unit list", unitPane, UNITS_FLOOR, UNITS_WIDTH, unitsShown);
        details = side("details", "details", detailsPane, DETAILS_FLOOR, DETAILS_WIDTH, detailsShown);
        sheet = sheetPane;
        split.setId("mainPanes");
        split.widthProperty().addListener((obs, was, now) -> {
            if (placeWhenSized && now.doubleValue() > 0) {
                placeDividers();
            }
        });
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> draggingDivider = onDivider(e));
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (draggingDivider) {
                draggingDivider = false;
                settleAfterDrag();
            }
        });
        arrange();
        return split;
    }

    private SidePane side(String key, String name, Region content, double floor, double width, BooleanProperty shown) {
        SidePane pane = new SidePane(key, name, content, floor, settings.number(key + "Width", width), shown);
        shown.addListener((obs, was, now) -> {
            if (!now) {
                pane.noteWidth();
            }
            arrange();
        });
        SplitPane.setResizableWithParent(pane, false);
        return pane;
    }

    public BooleanProperty unitsShownProperty() {
        return unitsShown;
    }

    public BooleanProperty detailsShownProperty() {
        return detailsShown;
    }

    public BooleanProperty signaturesShownProperty() {
        return signaturesShown;
    }

    public BooleanProperty twoLineRowsProperty() {
        return twoLineRows;
    }

    /** The width the user gave the title column, 0 when they never did. */
    public DoubleProperty titleWidthProperty() {
        return titleWidth;
    }

    private void arrange() {
        List<Node> items = new ArrayList<>();
        if (units.shownProperty().get()) {
            items.add(units);
        }
        items.add(sheet);
        if (details.shownProperty().get()) {
            items.add(details);
        }
        split.getItems().setAll(items);
        placeDividers();
    }

    private void placeDividers() {
        double total = split.getWidth();
        placeWhenSized = total <= 0;
        if (placeWhenSized) {
            return;
        }
        split.setDividerPositions(positions(total, 0, 0));
        // The dividers' own width is shared out by the split's skin: once laid out, what is off is put right.
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            split.getScene().removePostLayoutPulseListener(once[0]);
            correctDividers(total);
        };
        split.getScene().addPostLayoutPulseListener(once[0]);
    }

    private void correctDividers(double total) {
        double unitsOff = units.shownProperty().get() ? units.openWidth() - units.getWidth() : 0;
        double detailsOff = details.shownProperty().get() ? details.openWidth() - details.getWidth() : 0;
        if (split.getWidth() == total && (Math.abs(unitsOff) > 0.5 || Math.abs(detailsOff) > 0.5)) {
            split.setDividerPositions(positions(total, unitsOff, detailsOff));
        }
    }

    private double[] positions(double total, double unitsOff, double detailsOff) {
        List<Double> positions = new ArrayList<>();
        if (units.shownProperty().get()) {
            positions.add((units.openWidth() + unitsOff) / total);
        }
        if (details.shownProperty().get()) {
            positions.add(1 - (details.openWidth() + detailsOff) / total);
        }
        return positions.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static boolean onDivider(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("split-pane-divider")) {
                return true;
            }
        }
        return false;
    }

    /** After a divider is let go: a side pane narrower than its controls closes, or opens to their width. */
    private void settleAfterDrag() {
        // The last drag may not have been laid out yet; the widths judged are the ones let go at.
        split.layout();
        boolean moved = false;
        for (SidePane pane : List.of(units, details)) {
            if (!pane.shownProperty().get() || pane.getWidth() >= pane.least()) {
                if (pane.shownProperty().get()) {
                    pane.noteWidth();
                }
                continue;
            }
            if (pane.getWidth() < pane.least() / 2) {
                pane.shownProperty().set(false);
                say.accept("The " + pane.name() + " is hidden; View > " + menuName(pane)
                        + " shows it again.");
            } else {
                pane.openAt(pane.least());
                moved = true;
            }
        }
        if (moved) {
            placeDividers();
        }
    }

    private String menuName(SidePane pane) {
        return pane == units ? "Unit list (Ctrl+1)" : "Details (Ctrl+2)";
    }

    /** Keeps the arrangement for the next start. */
    public void save() {
        for (SidePane pane : List.of(units, details)) {
            if (pane.shownProperty().get()) {
                pane.noteWidth();
            }
            settings.put(pane.key() + "Width", pane.openWidth());
            settings.put(pane.key() + "Shown", pane.shownProperty().get());
        }
        settings.put("signaturesShown", signaturesShown.get());
        settings.put("twoLineRows", twoLineRows.get());
        if (titleWidth.get() > 0) {
            settings.put("titleWidth", titleWidth.get());
        } else {
            settings.remove("titleWidth");
        }
        settings.save();
    }
}
