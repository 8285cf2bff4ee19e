package ers.ui.overview;

import ers.portfolio.Portfolio;
import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Window;

/**
 * The two pages of the editor window: the Overview, which a portfolio opens on, and the unit
 * sheets (units, grid, details). A click on a unit's line in the Overview goes to its sheet.
 */
public final class PortfolioPages {

    private final TabPane tabs = new TabPane();
    private final Tab overview = new Tab("Overview");
    private final Tab sheets = new Tab("Unit sheets");
    /** What the Overview shows: it works out every unit's progress, so only while it is on screen. */
    private final ObjectProperty<Portfolio> shown = new SimpleObjectProperty<>(this, "shown");
    private final ObservableValue<Boolean> onScreen = tabs.sceneProperty().flatMap(Scene::windowProperty)
            .flatMap(Window::showingProperty).orElse(false);

    /** @param openUnit selects the unit with that id on the sheets page */
    public PortfolioPages(ObservableValue<Portfolio> portfolio, Consumer<String> openUnit) {
        tabs.setId("pages");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        overview.setId("overviewTab");
        sheets.setId("sheetsTab");
        overview.setContent(new OverviewView(new OverviewModel(shown, Clock.systemDefaultZone()), id -> {
            openUnit.accept(id);
            showSheets();
        }));
        tabs.getTabs().setAll(overview, sheets);
        tabs.getSelectionModel().select(sheets);
        portfolio.addListener((o, was, now) -> {
            if (overview.isSelected()) {
                shown.set(now);
            }
        });
        overview.selectedProperty().addListener((o, was, selected) -> {
            if (selected) {
                shown.set(portfolio.getValue());
            }
        });
    }

    public Node view() {
        return tabs;
    }

    /**
     * The units, the grid and the details, made after the pages since their actions act on them.
     * They join the window when their page is first on screen: a window that opens on the
     * Overview then draws its first frame without styling and laying out a grid nobody sees yet.
     */
    public void setSheets(Node content) {
        ChangeListener<Boolean> joinWhenSeen = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (sheets.isSelected() && onScreen.getValue()) {
                    sheets.selectedProperty().removeListener(this);
                    onScreen.removeListener(this);
                    sheets.setContent(content);
                }
            }
        };
        sheets.selectedProperty().addListener(joinWhenSeen);
        onScreen.addListener(joinWhenSeen);
        joinWhenSeen.changed(onScreen, false, onScreen.getValue());
    }

    public void showOverview() {
        tabs.getSelectionModel().select(overview);
    }

    public void showSheets() {
        tabs.getSelectionModel().select(sheets);
    }

    public ReadOnlyBooleanProperty sheetsShownProperty() {
        return sheets.selectedProperty();
    }
}
