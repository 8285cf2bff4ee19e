package ers.ui.units;

import java.util.List;
import java.util.function.Predicate;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The form of a unit on four tabs (the header; outcomes, criteria and third column; purpose and
 * sections; transcription notes), with what would stop it being saved listed below as the user
 * types. A tab holding a problem is marked; a problem chosen from the list is shown where it is.
 * Alt+1 to Alt+4 open the tabs from the keyboard.
 */
final class UnitForm extends VBox {

    private final TabPane tabs = new TabPane();
    private final HeaderPane header;
    private final OutcomesPane outcomes;
    private final SectionsPane sections;

    UnitForm(UnitDraft draft, ObservableBooleanValue readOnly) {
        super(6);
        getStylesheets().add(UnitForm.class.getResource("/ers/ui/editor.css").toExternalForm());
        header = new HeaderPane(draft, readOnly);
        outcomes = new OutcomesPane(draft, readOnly);
        sections = new SectionsPane(draft, readOnly);
        NotesPane notes = new NotesPane(draft, readOnly);
        tabs.setId("unitTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().setAll(List.of(
                tab("unitTabHeader", "Unit", header, place -> DraftSpec.LABELS.containsKey(place) && !place.equals("learningOutcomes")
                        && !place.equals("purpose") && !place.equals("transcriptionNotes"), draft),
                tab("unitTabOutcomes", "Outcomes and criteria", outcomes,
                        place -> place.startsWith("line/") || place.equals("learningOutcomes"), draft),
                tab("unitTabSections", "Purpose and sections", sections,
                        place -> place.startsWith("section/") || place.equals("purpose"), draft),
                tab("unitTabNotes", "Notes", notes, place -> place.equals("transcriptionNotes"), draft)));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int n = e.getCode().ordinal() - KeyCode.DIGIT1.ordinal();
            if (e.isAltDown() && n >= 0 && n < tabs.getTabs().size()) {
                tabs.getSelectionModel().select(n);
                e.consume();
            }
        });

        ListView<DraftSpec.Found> problems = new ListView<>(draft.found);
        problems.setId("unitProblems");
        problems.setPrefHeight(80);
        problems.setMinHeight(60);
        Label none = new Label();
        none.textProperty().bind(javafx.beans.binding.Bindings.when(draft.validProperty())
                .then("Nothing stops this unit being saved.").otherwise("No unit read yet."));
        problems.setPlaceholder(none);
        problems.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                show(problems.getSelectionModel().getSelectedItem());
            }
        });
        problems.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                show(problems.getSelectionModel().getSelectedItem());
            }
        });
        getChildren().addAll(tabs, new Label("To put right before saving (double-click or Enter to go there):"), problems);
    }

    /** Opens the tab and the field, line or section a problem is about. */
    private void show(DraftSpec.Found problem) {
        if (problem == null) {
            return;
        }
        String place = problem.place();
        if (place.startsWith("line/") || place.equals("learningOutcomes")) {
            tabs.getSelectionModel().select(1);
            outcomes.show(place);
        } else if (place.startsWith("section/") || place.equals("purpose")) {
            tabs.getSelectionModel().select(2);
            sections.show(place);
        } else if (place.equals("transcriptionNotes")) {
            tabs.getSelectionModel().select(3);
        } else {
            tabs.getSelectionModel().select(0);
            header.show(place);
        }
    }

    private static Tab tab(String id, String title, javafx.scene.Node content, Predicate<String> holds, UnitDraft draft) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        Runnable mark = () -> tab.setText(draft.problemAt.keySet().stream().anyMatch(holds) ? title + " \u26a0" : title);
        draft.problemAt.addListener((MapChangeListener<String, String>) c -> mark.run());
        mark.run();
        return tab;
    }
}
