package ers.ui.overview;

import ers.portfolio.progress.Coverage;
import ers.portfolio.progress.Gap;
import ers.portfolio.progress.PortfolioProgress;
import ers.portfolio.progress.UnitProgress;
import ers.text.Plural;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The portfolio at a glance: one line per unit with its level, credits, coverage as a bar, a
 * red / amber / green status and the state of each line its sheet needs; the totals; the people;
 * and the gap analysis, every uncovered criterion in its full wording.
 */
public final class OverviewView extends ScrollPane {

    private final VBox content = new VBox(10);
    private final Consumer<String> openUnit;

    /** @param openUnit shows the grid of the unit with that id */
    public OverviewView(OverviewModel model, Consumer<String> openUnit) {
        this.openUnit = openUnit;
        setId("overview");
        setFitToWidth(true);
        content.setPadding(new Insets(14));
        setContent(content);
        model.progressProperty().addListener((o, was, now) -> show(now));
        show(model.progressProperty().get());
    }

    private void show(PortfolioProgress progress) {
        content.getChildren().clear();
        if (progress == null) {
            content.getChildren().add(new Label("No portfolio is open. File > New or File > Open."));
            return;
        }
        Label title = new Label(progress.portfolio().qualification());
        title.setStyle("-fx-font-size: 17px; -fx-font-weight: bold;");
        title.setWrapText(true);
        Label totals = new Label(OverviewModel.totals(progress));
        totals.setId("overviewTotals");
        totals.setStyle("-fx-font-weight: bold;");
        content.getChildren().addAll(title, new Label(OverviewModel.who(progress.portfolio())),
                new Label(OverviewModel.people(progress)), units(progress), totals, gaps(progress));
    }

    private GridPane units(PortfolioProgress progress) {
        GridPane grid = new GridPane();
        grid.setId("overviewUnits");
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints title = new ColumnConstraints();
        title.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(title);
        int row = 0;
        for (UnitProgress unit : progress.units()) {
            Button open = new Button("Unit " + unit.unit().spec().code() + "  " + unit.unit().spec().title());
            open.setId("overviewUnit-" + unit.unit().spec().id());
            open.setMaxWidth(Double.MAX_VALUE);
            open.setStyle("-fx-alignment: center-left;");
            open.setOnAction(e -> openUnit.accept(unit.unit().spec().id()));
            ProgressBar bar = new ProgressBar(unit.criteriaCount() == 0 ? 0 : (double) unit.covered() / unit.criteriaCount());
            bar.setPrefWidth(120);
            bar.setAccessibleText(OverviewModel.covered(unit));
            Label status = new Label(OverviewModel.status(unit));
            status.setId("overviewStatus-" + unit.unit().spec().id());
            status.setStyle(colour(unit.coverage()));
            open.setMinWidth(160);
            Label size = new Label(OverviewModel.level(unit) + ", " + OverviewModel.credits(unit));
            Label covered = new Label(OverviewModel.covered(unit));
            // The figures and the status are never cut short; the unit's title gives way instead.
            for (Label label : new Label[] {size, covered, status}) {
                label.setMinWidth(Region.USE_PREF_SIZE);
            }
            grid.addRow(row++, open, size, bar, covered, status);
            Label lines = new Label(OverviewModel.lines(unit));
            lines.setStyle("-fx-text-fill: #333;");
            grid.add(lines, 0, row++, 5, 1);
        }
        return grid;
    }

    /** Red, amber, green; always with the words too, so colour is never the only sign (contrast 4.5:1 or more). */
    private static String colour(Coverage coverage) {
        String background = switch (coverage) {
            case NO_EVIDENCE -> "#f8d7da; -fx-text-fill: #721c24";
            case IN_PROGRESS -> "#fff3cd; -fx-text-fill: #664d03";
            case ALL_COVERED -> "#d1e7dd; -fx-text-fill: #0f5132";
        };
        return "-fx-padding: 2 8; -fx-background-radius: 4; -fx-background-color: " + background + ";";
    }

    private VBox gaps(PortfolioProgress progress) {
        VBox gaps = new VBox(6);
        gaps.setId("overviewGaps");
        Label heading = new Label("Gap analysis: criteria not yet covered by any evidence");
        heading.setStyle("-fx-font-weight: bold;");
        gaps.getChildren().add(heading);
        for (UnitProgress unit : progress.units()) {
            if (unit.gaps().isEmpty()) {
                continue;
            }
            VBox list = new VBox(3);
            for (Gap gap : unit.gaps()) {
                Label line = new Label(gap.criterion() + "   " + gap.text());
                line.setWrapText(true);
                list.getChildren().add(line);
            }
            TitledPane pane = new TitledPane("Unit " + unit.unit().spec().code() + ": "
                    + Plural.criteria(unit.gaps().size()) + " uncovered", list);
            pane.setExpanded(false);
            gaps.getChildren().add(pane);
        }
        if (gaps.getChildren().size() == 1) {
            gaps.getChildren().add(new Label("Every criterion of every unit is covered."));
        }
        return gaps;
    }
}
