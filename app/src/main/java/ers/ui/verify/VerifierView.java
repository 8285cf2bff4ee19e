package ers.ui.verify;

import ers.portfolio.PortfolioUnit;
import ers.portfolio.SamplingRecord;
import ers.portfolio.SamplingRecord.Sampler;
import ers.sampling.Sampling;
import ers.ui.ReadOnlySheet;
import ers.ui.sign.FormWindow;
import ers.ui.sign.SignaturesPanel;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Verifier mode: the editor's unit list, grid and row details, read-only, with each signature's
 * state, the history and the samples taken under the grid, and the sheets' Preview, Print and
 * Export. A verifier adds only samples, marked on the grid, and as internal verifier their initials.
 */
public final class VerifierView extends BorderPane {

    /** Marks the grid's selected rows and criteria as sampled. */
    static final KeyCombination SAMPLE_KEY = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);

    private final VerifierModel model;
    private final ReadOnlySheet sheet;
    private final SignaturesPanel signatures;
    private final ListView<String> samples = new ListView<>();
    private final Label heading = new Label();
    private final Label status = new Label();
    private final Label sampled = new Label();
    private final SampleMarks marks;
    private final Clock clock;
    /** Who sampled last in this window, so a verifier sampling row after row names themselves once. */
    private Sampler lastBy;
    private String lastName;

    /** @param reportFile asks where to write the verification report; null when the user cancels */
    public VerifierView(VerifierModel model, ReadOnlySheet sheet, Clock clock, Supplier<Path> reportFile) {
        this.model = model;
        this.sheet = sheet;
        this.clock = clock;
        setId("verifierView");
        signatures = new SignaturesPanel(SignaturesPanel.Mode.VERIFIER, clock, model.trust(), model.waiting(),
                changed -> say(model.signed(changed)));
        Label banner = new Label("Opened for verification, read-only. Select rows or cells and choose Sample… ("
                + SAMPLE_KEY.getDisplayText() + ") to record a sample; nothing else in the file changes.");
        banner.setId("verifierBanner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setStyle("-fx-background-color: #fff4c2; -fx-font-weight: bold; -fx-padding: 6;");
        HBox tools = new HBox(6,
                button("Preview sheet", "verifierPreview", () -> sheet.preview(getScene().getWindow())),
                button("Print sheet…", "verifierPrint", () -> sheet.print(getScene().getWindow())),
                button("Export sheets…", "verifierExport", sheet::exportPdf),
                button("Export verification report…", "verifierReport", () -> {
                    Path target = reportFile.get();
                    if (target != null) {
                        say(model.exportReport(target));
                    }
                }),
                button("Sample…", "recordSampleButton", this::openSampleForm));
        Tooltip.install(tools.getChildren().get(tools.getChildren().size() - 1), new Tooltip(
                "Sample the rows and criteria selected on the grid (" + SAMPLE_KEY.getDisplayText() + ")"));
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(4, 8, 4, 8));
        setTop(new VBox(banner, tools));

        heading.setId("verifierHeading");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        heading.setWrapText(true);
        samples.setId("sampleList");
        samples.setPlaceholder(new Label("No samples recorded for this sheet yet."));
        sampled.setId("sampledSummary");
        sampled.setWrapText(true);
        sampled.getStyleClass().add("sampled-summary");
        marks = new SampleMarks(sheet.grid());
        sheet.grid().setContextMenu(new ContextMenu(sampleItem()));
        sheet.grid().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAMPLE_KEY.match(e)) {
                e.consume();
                openSampleForm();
            }
        });
        // The history has a tab of its own: under the signatures it had room for one entry on a laptop.
        Tab history = new Tab("History", signatures.takeHistory());
        history.setId("historyTab");
        TabPane below = new TabPane(new Tab("Signatures", signatures), history, new Tab("Samples", samples));
        below.setId("verifierTabs");
        below.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        below.setMinHeight(150);
        VBox sheetBox = new VBox(4, heading, sampled, sheet.grid());
        VBox.setVgrow(sheet.grid(), Priority.ALWAYS);
        // The verifier can give the grid or the tabs more room; the grid takes what the window gains.
        SplitPane centre = new SplitPane(sheetBox, below);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.59);
        SplitPane.setResizableWithParent(below, false);
        centre.setPadding(new Insets(4));
        VBox units = new VBox(sheet.unitList());
        VBox.setVgrow(sheet.unitList(), Priority.ALWAYS);
        SplitPane panes = new SplitPane(units, centre, sheet.details());
        panes.setDividerPositions(0.15, 0.8);
        setCenter(panes);
        status.setId("verifierStatus");
        status.setPadding(new Insets(2, 8, 2, 8));
        setBottom(status);

        sheet.unitIdProperty().addListener((o, was, now) -> showUnit());
        model.portfolioProperty().addListener((o, was, now) -> {
            sheet.show(now);
            showUnit();
        });
        showUnit();
    }

    public void say(String message) {
        status.setText(message);
    }

    private void showUnit() {
        PortfolioUnit unit = model.portfolio().unit(sheet.unitIdProperty().get() == null ? ""
                : sheet.unitIdProperty().get()).orElse(null);
        heading.setText(unit == null ? "" : unit.spec().sheetTitle());
        signatures.portfolioProperty().set(model.portfolio());
        signatures.unitIdProperty().set(unit == null ? null : unit.spec().id());
        samples.getItems().setAll(unit == null ? List.of() : unit.sampling().stream()
                .map(s -> Sampling.summary(unit, s)).toList());
        marks.show(unit);
        sampled.setText(marks.summary());
        sampled.setVisible(!sampled.getText().isEmpty());
        sampled.setManaged(sampled.isVisible());
    }

    private MenuItem sampleItem() {
        MenuItem item = new MenuItem("Sample the selected rows and criteria…");
        item.setId("sampleMenuItem");
        item.setAccelerator(SAMPLE_KEY);
        item.setOnAction(e -> openSampleForm());
        return item;
    }

    private void openSampleForm() {
        PortfolioUnit unit = sheet.unit();
        if (unit == null) {
            return;
        }
        FormWindow form = new FormWindow(getScene().getWindow(), "Sample");
        Consumer<SamplingRecord> record = sample -> {
            form.close();
            lastBy = sample.by();
            lastName = sample.name();
            say(model.recordSample(unit.spec().id(), sample));
        };
        form.show(new SamplePane(model.portfolio(), unit, new SamplePane.Start(sheet.marked(), lastBy, lastName), clock,
                record, form::close));
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
