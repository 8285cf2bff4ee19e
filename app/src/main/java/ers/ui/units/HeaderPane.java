package ers.ui.units;

import java.util.HashMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The unit's header fields. Beside each field is what is wrong with what was typed there, or,
 * for a field the import did not find, that it was not found.
 */
final class HeaderPane extends ScrollPane {

    private final UnitDraft draft;
    private final GridPane grid = new GridPane();
    private final Map<String, TextField> fields = new HashMap<>();
    private int rows;

    HeaderPane(UnitDraft draft, ObservableBooleanValue readOnly) {
        this.draft = draft;
        grid.setHgap(6);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        ColumnConstraints mark = new ColumnConstraints();
        mark.setHgrow(Priority.ALWAYS);
        mark.setFillWidth(true);
        // Labels keep their width; a field takes the rest, with what is wrong with it just below it.
        ColumnConstraints label = new ColumnConstraints();
        label.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(label, mark);
        field("I_d", "id", "unitId", draft.id, null, readOnly);
        field("Cod_e", "code", "unitCode", draft.code, "unit code", readOnly);
        field("_Title", "title", "unitTitle", draft.title, "title", readOnly);
        field("Awarding body", "awardingBody", "unitBody", draft.awardingBody, "awarding body", readOnly);
        field("Unit number", "ocrUnitNumber", "unitNumber", draft.ocrUnitNumber, null, readOnly);
        field("Sector unit number", "sectorUnitNumber", "unitSectorNumber", draft.sectorUnitNumber, null, readOnly);
        field("Unit reference number", "unitReferenceNumber", "unitReference", draft.unitReferenceNumber, null, readOnly);
        field("_Level", "level", "unitLevel", draft.level, "level", readOnly);
        field("Credit _value", "creditValue", "unitCredit", draft.creditValue, "credit value", readOnly);
        field("_Guided learning hours", "guidedLearningHours", "unitHours", draft.guidedLearningHours,
                "guided learning hours", readOnly);
        field("E_xpiry date", "expiryDate", "unitExpiry", draft.expiryDate, null, readOnly);
        field("Third column heading", "thirdColumnHeading", "unitThirdHeading", draft.thirdColumnHeading, null, readOnly);
        field("_What is missing", "incomplete", "unitMissing", draft.incomplete, null, readOnly);
        Label hint = new Label("Leave a value blank when the specification does not give it: it is printed as \"not known\","
                + " never invented. \"What is missing\" says what of the unit was not copied, if anything.");
        hint.setWrapText(true);
        grid.add(hint, 0, rows, 2, 1);
        setContent(grid);
        setFitToWidth(true);
    }

    /** Puts the cursor in the field a problem is about. */
    void show(String place) {
        TextField field = fields.get(place);
        if (field != null) {
            field.requestFocus();
        }
    }

    private void field(String label, String name, String id, StringProperty value, String found, ObservableBooleanValue readOnly) {
        Label caption = new Label(label);
        caption.setMnemonicParsing(true);
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(22);
        field.setMaxWidth(Double.MAX_VALUE);
        field.textProperty().bindBidirectional(value);
        field.editableProperty().bind(Bindings.not(readOnly));
        caption.setLabelFor(field);
        fields.put(name, field);
        Label mark = new Label();
        mark.setId(id + "Problem");
        mark.getStyleClass().add("warning");
        mark.setWrapText(true);
        Runnable update = () -> {
            String problem = draft.problemAt.get(name);
            boolean missing = found != null && draft.notFound.contains(found) && value.get().isBlank();
            mark.setText(problem != null ? "\u26a0 " + problem
                    : missing ? "\u26a0 not found in the text: give it, or leave it blank as not known" : "");
        };
        draft.problemAt.addListener((MapChangeListener<String, String>) c -> update.run());
        draft.notFound.addListener((ListChangeListener<String>) c -> update.run());
        value.addListener(o -> update.run());
        update.run();
        mark.managedProperty().bind(mark.textProperty().isNotEmpty());
        mark.visibleProperty().bind(mark.managedProperty());
        caption.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setValignment(caption, javafx.geometry.VPos.TOP);
        caption.setPadding(new Insets(4, 0, 0, 0));
        grid.addRow(rows++, caption, new javafx.scene.layout.VBox(2, field, mark));
    }
}
