package ers.ui;

import ers.ui.action.AddRowAction;
import ers.ui.action.DeleteRowAction;
import ers.ui.action.DuplicateRowAction;
import ers.ui.action.EditMethodKeyAction;
import ers.ui.action.MoveRowAction;
import ers.ui.action.Workspace;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The middle of the window: the unit's heading and warnings, the row toolbar, the grid, and the
 * unit's signatures folded under it.
 */
final class SheetPane {

    private final Workspace w;
    private final TitledPane signaturePane = new TitledPane();
    private final VBox view;

    SheetPane(Workspace w) {
        this.w = w;
        Label heading = new Label();
        heading.setId("unitHeading");
        heading.getStyleClass().add("unit-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(w.sheet().headingProperty());
        Label warning = new Label();
        warning.setId("unitWarning");
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        warning.textProperty().bind(w.sheet().warningProperty());
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        view = new VBox(6, heading, warning, toolbar(), w.grid().mapping().bars(), w.grid().table(), signatures());
        VBox.setVgrow(w.grid().table(), Priority.ALWAYS);
        view.setPadding(new Insets(8, 4, 8, 4));
    }

    VBox view() {
        return view;
    }

    private HBox toolbar() {
        CheckBox onlyUncovered = new CheckBox("Only uncovered criteria");
        onlyUncovered.setId("onlyUncoveredToggle");
        onlyUncovered.setAccessibleText("Show only the criteria no evidence covers yet");
        w.grid().onlyUncoveredProperty().bind(onlyUncovered.selectedProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("refreshFilterButton");
        String why = "Hide the criteria covered since the filter was applied";
        refresh.setTooltip(new Tooltip(why));
        refresh.setAccessibleText(why);
        refresh.visibleProperty().bind(onlyUncovered.selectedProperty());
        refresh.managedProperty().bind(refresh.visibleProperty());
        refresh.disableProperty().bind(w.grid().filterStaleProperty().not());
        refresh.setOnAction(e -> w.grid().refreshFilter());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(6,
                new AddRowAction(w).button("+ Add row"),
                new DuplicateRowAction(w).button("Duplicate"),
                new DeleteRowAction(w).button("Delete"),
                MoveRowAction.up(w).button("\u2191"),
                MoveRowAction.down(w).button("\u2193"),
                spacer, onlyUncovered, refresh,
                new EditMethodKeyAction(w).button("Method key…"));
        toolbar.setAlignment(Pos.CENTER_LEFT);
        return toolbar;
    }

    private TitledPane signatures() {
        Label summary = new Label();
        summary.setId("signatureSummary");
        summary.textProperty().bind(w.sheet().signatureSummaryProperty());
        // A long summary is cut short rather than widening the grid's column past the window.
        summary.setMinWidth(0);
        summary.setMaxWidth(Double.MAX_VALUE);
        signaturePane.setGraphic(summary);
        signaturePane.setContent(w.signatures());
        signaturePane.setId("signaturesPane");
        signaturePane.expandedProperty().bindBidirectional(w.layout().signaturesShownProperty());
        signaturePane.expandedProperty().addListener((obs, was, open) -> showSignatures());
        signaturePane.setMinWidth(0);
        signaturePane.setMaxWidth(Double.MAX_VALUE);
        summary.prefWidthProperty().bind(signaturePane.widthProperty().subtract(40));
        signaturePane.setAccessibleText("Signatures of this unit's sheet: open to sign or reopen");
        return signaturePane;
    }

    /** The panel verifies every seal when shown, so it follows the portfolio only while open. */
    void showSignatures() {
        if (signaturePane.isExpanded()) {
            w.signatures().portfolioProperty().set(w.model().portfolio());
            w.signatures().unitIdProperty().set(w.unitId());
        }
    }
}
