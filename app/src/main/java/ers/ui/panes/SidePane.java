package ers.ui.panes;

import javafx.beans.property.BooleanProperty;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * A pane at the side of the window, as the split holds it. While its divider is dragged past the
 * pane's least width the pane is cut off at the edge rather than squeezed, so no label shrinks to
 * "…" and no button is clipped; let go there and the pane closes (see {@link PaneLayout}).
 */
final class SidePane extends Pane {

    private final String key;
    private final String name;
    private final Region content;
    private final double floor;
    private final BooleanProperty shown;
    /** The width it had when last seen at a usable width: what it opens at again. */
    private double width;

    /**
     * @param key     its name in the settings and the stem of its id: {@code unitList}
     * @param name    its name in the status line: {@code unit list}
     * @param floor   the least width at which its content still reads, whatever its controls claim
     * @param width   the width it opens at
     * @param shown   whether it is open
     */
    SidePane(String key, String name, Region content, double floor, double width, BooleanProperty shown) {
        this.shown = shown;
        this.key = key;
        this.name = name;
        this.content = content;
        this.floor = floor;
        this.width = width;
        setId(key + "Side");
        getChildren().add(content);
        setMinWidth(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
    }

    String key() {
        return key;
    }

    String name() {
        return name;
    }

    BooleanProperty shownProperty() {
        return shown;
    }

    /** The narrowest the pane may be while open: its content's controls all whole. */
    double least() {
        return Math.ceil(Math.max(floor, content.minWidth(-1)));
    }

    double openWidth() {
        return width;
    }

    void openAt(double width) {
        this.width = Math.max(least(), width);
    }

    /** Notes the width shown now, if it is a usable one. */
    void noteWidth() {
        if (getScene() != null && getWidth() >= least()) {
            width = getWidth();
        }
    }

    @Override
    protected void layoutChildren() {
        content.resizeRelocate(0, 0, Math.max(getWidth(), least()), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        return width;
    }
}
