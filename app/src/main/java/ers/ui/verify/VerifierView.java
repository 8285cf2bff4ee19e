package ers.ui.verify;

import ers.portfolio.PortfolioUnit;
import ers.portfolio.SamplingRecord;
import ers.sampling.Sampling;
import ers.ui.ReadOnlySheet;
import ers.ui.sign.FormWindow;
import ers.ui.sign.SignaturesPanel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Verifier mode: the editor's unit list, grid and row details, read-only, with each signature's
 * state and the history under the grid, the samples taken, and the sheets' Preview, Print and
 * Export. A verifier adds only samples and, as internal verifier, their initials.
 */
public final class VerifierView extends BorderPane {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ers.portfolio.seal.SigningDates.UK);

    private final VerifierModel model;
    private final ReadOnlySheet sheet;
    private final SignaturesPanel signatures;
    private final ListView<String> samples = new ListView<>();
    private final Label heading = new Label();
    private final Label status = new Label();
    private final Clock clock;

    /** @param reportFile asks where to write the verification report; null when the user cancels */
    public VerifierView(VerifierModel model, ReadOnlySheet sheet, Clock clock, Supplier<Path> reportFile) {
        this.model = model;
        this.sheet = sheet;
        this.clock = clock;
        setId("verifierView");
        signatures = new SignaturesPanel(SignaturesPanel.Mode.VERIFIER, clock, model.trust(),
                changed -> say(model.signed(changed)));
        Label banner = new Label("Opened for verification: read-only. You can record samples and, as internal "
                + "verifier, add your initials; nothing else in the file changes.");
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
                button("Record a sample…", "recordSampleButton", this::openSampleForm));
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(4, 8, 4, 8));
        setTop(new VBox(banner, tools));

        heading.setId("verifierHeading");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 14px;");
        heading.setWrapText(true);
        samples.setId("sampleList");
        samples.setPlaceholder(new Label("No samples recorded for this sheet yet."));
        TabPane below = new TabPane(new Tab("Signatures and history", signatures), new Tab("Samples", samples));
        below.setId("verifierTabs");
        below.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        below.setPrefHeight(330);
        VBox centre = new VBox(6, heading, sheet.grid(), below);
        VBox.setVgrow(sheet.grid(), Priority.ALWAYS);
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
        samples.getItems().setAll(unit == null ? java.util.List.of() : unit.sampling().stream()
                .map(s -> line(unit, s)).toList());
    }

    private static String line(PortfolioUnit unit, SamplingRecord sample) {
        return WHEN.format(sample.at()) + "  " + sample.by().label() + " " + sample.name() + ": "
                + Sampling.describe(unit, sample);
    }

    private void openSampleForm() {
        PortfolioUnit unit = sheet.unit();
        if (unit == null) {
            return;
        }
        FormWindow form = new FormWindow(getScene().getWindow(), "Record a sample");
        Consumer<SamplingRecord> record = sample -> {
            form.close();
            say(model.recordSample(unit.spec().id(), sample));
        };
        form.show(new SamplePane(model.portfolio(), unit, sheet.selectedEvidenceIds(), clock, record, form::close));
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }
}
