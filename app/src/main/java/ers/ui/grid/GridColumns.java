package ers.ui.grid;

import ers.portfolio.AssessmentMethod;
import ers.portfolio.EvidenceRow;
import ers.portfolio.edit.Edit;
import ers.portfolio.edit.EditRow;
import ers.portfolio.edit.TextRules;
import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import ers.spec.UnitSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * The grid's columns for one unit: reference, title and methods, then one column per criterion
 * under its learning outcome. Edits made in a cell go to {@code apply}.
 */
final class GridColumns {

    /** Enough for {@code 1.10} above its count, and a tick; narrow so a unit's criteria fit a laptop. */
    static final double CRITERION_WIDTH = 32;

    private final Coverage coverage;
    private final Supplier<ReferenceMarks> marks;
    private final Supplier<List<AssessmentMethod>> methodKey;
    private final BiConsumer<EvidenceRow, String> toggle;
    private final Consumer<Edit> apply;
    private final TextRules rules;
    private final Consumer<String> say;

    private TableColumn<GridRow, String> title;
    /** Each learning outcome's column and the criterion columns under it, in the unit's order. */
    private final Map<TableColumn<GridRow, ?>, List<TableColumn<GridRow, Boolean>>> outcomes = new LinkedHashMap<>();

    GridColumns(Coverage coverage, Supplier<ReferenceMarks> marks, Supplier<List<AssessmentMethod>> methodKey,
                BiConsumer<EvidenceRow, String> toggle, Consumer<Edit> apply, TextRules rules, Consumer<String> say) {
        this.coverage = coverage;
        this.marks = marks;
        this.methodKey = methodKey;
        this.toggle = toggle;
        this.apply = apply;
        this.rules = rules;
        this.say = say;
    }

    /** A text cell that refuses, where it is typed, what the field cannot keep or the sheet cannot print. */
    private <C extends TextCell<GridRow>> C checked(C cell, TextRules.Field field) {
        cell.refuseWhen(text -> rules.problem(field, field == TextRules.Field.REFERENCE ? text.strip() : text), say);
        return cell;
    }

    TableColumn<GridRow, String> title() {
        return title;
    }

    Map<TableColumn<GridRow, ?>, List<TableColumn<GridRow, Boolean>>> outcomes() {
        return outcomes;
    }

    /** All the columns of {@code spec}'s grid, its edits going to the unit {@code unitId}. */
    List<TableColumn<GridRow, ?>> build(UnitSpec spec, String unitId) {
        outcomes.clear();
        TableColumn<GridRow, String> reference = new TableColumn<>();
        reference.setId("referenceColumn");
        reference.setGraphic(GridHeaders.header("Ref", null));
        reference.setPrefWidth(52);
        reference.setCellValueFactory(c -> c.getValue().shown(reference, EvidenceRow::reference));
        reference.setCellFactory(c -> checked(new ReferenceCell(marks), TextRules.Field.REFERENCE));
        reference.setOnEditCommit(e -> {
            apply.accept(EditRow.reference(unitId, e.getRowValue().get().id(), e.getNewValue()));
            marks.get().advice(e.getRowValue().get().id(), e.getNewValue()).ifPresent(say);
        });

        title = new TableColumn<>();
        title.setId("titleColumn");
        title.setGraphic(GridHeaders.header("Evidence title", "Evidence per criterion \u2192"));
        title.setPrefWidth(EvidenceGrid.TITLE_MIN_WIDTH);
        TableColumn<GridRow, String> titleColumn = title;
        title.setCellValueFactory(c -> c.getValue().shown(titleColumn, EvidenceRow::title));
        title.setCellFactory(c -> checked(new TitleCell(), TextRules.Field.TITLE));
        title.setOnEditCommit(e -> apply.accept(EditRow.title(unitId, e.getRowValue().get().id(), e.getNewValue())));

        TableColumn<GridRow, List<String>> methods = new TableColumn<>();
        methods.setId("methodColumn");
        methods.setGraphic(GridHeaders.header("Method", null));
        methods.setPrefWidth(66);
        methods.setCellValueFactory(c -> c.getValue().shown(methods, EvidenceRow::methods));
        methods.setCellFactory(c -> new MethodCell(methodKey));
        methods.setOnEditCommit(e -> apply.accept(EditRow.methods(unitId, e.getRowValue().get().id(), e.getNewValue())));

        List<TableColumn<GridRow, ?>> columns = new ArrayList<>(List.of(reference, title, methods));
        for (LearningOutcome lo : spec.learningOutcomes()) {
            TableColumn<GridRow, Boolean> outcome = new TableColumn<>();
            outcome.setId("outcome-" + lo.number());
            Label loLabel = new Label(lo.label());
            loLabel.setTooltip(GridHeaders.tooltip(lo.label() + ": " + lo.title()));
            outcome.setGraphic(loLabel);
            List<TableColumn<GridRow, Boolean>> children = new ArrayList<>();
            for (Criterion criterion : lo.criteria()) {
                children.add(criterionColumn(criterion));
            }
            outcome.getColumns().setAll(children);
            outcomes.put(outcome, children);
            columns.add(outcome);
        }
        columns.forEach(c -> {
            c.setSortable(false);
            c.setReorderable(false);
        });
        return columns;
    }

    private TableColumn<GridRow, Boolean> criterionColumn(Criterion criterion) {
        String number = criterion.number();
        TableColumn<GridRow, Boolean> column = new TableColumn<>();
        column.setId(EvidenceGrid.criterionColumnId(number));
        column.setUserData(number);
        column.setGraphic(new CriterionHeader(criterion, coverage.count(number)));
        // 1.10 and 12.3 need more than 32 px: the column takes its number's width rather than cut it to "1…".
        double width = Math.max(CRITERION_WIDTH, Math.ceil(labelWidth(number)) + LABEL_PADDING);
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setSortable(false);
        column.setEditable(false);
        column.setCellValueFactory(c -> c.getValue().shown(column, row -> row.covers(number)));
        column.setCellFactory(c -> new TickCell(number, toggle));
        return column;
    }

    /** What a header label needs beyond its text: the header's padding and a pixel either side to spare. */
    static final double LABEL_PADDING = 10;

    /** The width of a header label's text in the header font (bold, the window's size). */
    static double labelWidth(String text) {
        Text measured = new Text(text);
        measured.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 13));
        return measured.getLayoutBounds().getWidth();
    }

    /** The criterion a column is for, or null for reference, title and methods. */
    static String criterionOf(TableColumn<GridRow, ?> column) {
        return column.getUserData() instanceof String number ? number : null;
    }
}
