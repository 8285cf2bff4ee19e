package ers.ui.verify;

import ers.portfolio.PortfolioUnit;
import ers.portfolio.SamplingRecord;
import ers.sampling.Sampling;
import ers.ui.grid.EvidenceGrid;
import ers.ui.grid.GridRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.Callback;
import javafx.util.Duration;

/**
 * Shows on the grid what verifiers have sampled: a sampled row is shaded with a bar at its
 * reference, a sampled criterion's header and cells are shaded, and pointing at them tells who
 * sampled, when, and with what outcome. It wraps the grid's own row and cell factories rather
 * than replacing them, so the grid draws its cells as it always does.
 */
final class SampleMarks {

    static final PseudoClass SAMPLED_ROW = PseudoClass.getPseudoClass("sampled");
    /** On a criterion column: its header and cells. */
    static final String SAMPLED_CRITERION = "sampled";
    /** On the reference column, whose cells carry a sampled row's bar. */
    private static final String EDGE = "sample-edge";
    private static final String WRAPPED = "sampleMarks.wrapped";

    private final TableView<GridRow> table;
    private PortfolioUnit unit;

    SampleMarks(TableView<GridRow> table) {
        this.table = table;
        Callback<TableView<GridRow>, TableRow<GridRow>> rows = table.getRowFactory();
        table.setRowFactory(t -> {
            TableRow<GridRow> row = rows == null ? new TableRow<>() : rows.call(t);
            row.itemProperty().addListener((o, was, now) -> markRow(row, now));
            markRow(row, row.getItem());
            return row;
        });
    }

    /** Marks the unit's samples on the grid, which must already show that unit. */
    void show(PortfolioUnit shown) {
        unit = shown;
        Set<String> criteria = shown == null ? Set.of() : shown.sampling().stream()
                .flatMap(s -> s.criteria().stream()).collect(Collectors.toSet());
        for (TableColumn<GridRow, ?> column : leaves(table.getColumns())) {
            String number = EvidenceGrid.criterionOf(column);
            if ("referenceColumn".equals(column.getId())) {
                styled(column, EDGE, true);
            }
            if (number != null) {
                styled(column, SAMPLED_CRITERION, criteria.contains(number));
                tipCells(column, number);
            }
        }
        table.refresh();
    }

    /** What the shaded rows and criteria are, for the line above the grid; empty when nothing is sampled. */
    String summary() {
        if (unit == null || unit.sampling().isEmpty()) {
            return "";
        }
        Set<String> rows = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        unit.evidence().stream().filter(r -> unit.sampling().stream().anyMatch(s -> s.evidence().contains(r.id())))
                .forEach(r -> rows.add(r.reference()));
        unit.spec().criteria().stream().filter(c -> unit.sampling().stream().anyMatch(s -> s.criteria().contains(c.number())))
                .forEach(c -> numbers.add(c.number()));
        return "Sampled: " + (rows.isEmpty() ? "" : "evidence " + String.join(", ", rows))
                + (rows.isEmpty() || numbers.isEmpty() ? "" : "; ")
                + (numbers.isEmpty() ? "" : "criteria " + String.join(", ", numbers))
                + " (shaded; point at them for who, when and the outcome)";
    }

    private void markRow(TableRow<GridRow> row, GridRow line) {
        List<SamplingRecord> samples = samples(line, null);
        row.pseudoClassStateChanged(SAMPLED_ROW, !samples.isEmpty());
        row.setTooltip(tooltip(samples));
    }

    /** The criterion's cells say which samples took in their row or their criterion. */
    private <T> void tipCells(TableColumn<GridRow, T> column, String number) {
        if (column.getProperties().containsKey(WRAPPED)) {
            return;
        }
        column.getProperties().put(WRAPPED, true);
        Callback<TableColumn<GridRow, T>, TableCell<GridRow, T>> cells = column.getCellFactory();
        column.setCellFactory(c -> {
            TableCell<GridRow, T> cell = cells.call(c);
            cell.indexProperty().addListener((o, was, now) -> tipCell(cell, number));
            return cell;
        });
    }

    private void tipCell(IndexedCell<?> cell, String number) {
        int i = cell.getIndex();
        GridRow line = i >= 0 && i < table.getItems().size() ? table.getItems().get(i) : null;
        cell.setTooltip(line == null ? null : tooltip(samples(line, number)));
    }

    /** The samples of the row, and of the criterion when one is given, oldest first. */
    private List<SamplingRecord> samples(GridRow line, String criterion) {
        List<SamplingRecord> samples = new ArrayList<>();
        if (unit == null || line == null) {
            return samples;
        }
        String id = line.get().id();
        for (SamplingRecord sample : unit.sampling()) {
            if (sample.evidence().contains(id) || (criterion != null && sample.criteria().contains(criterion))) {
                samples.add(sample);
            }
        }
        return samples;
    }

    private Tooltip tooltip(List<SamplingRecord> samples) {
        if (samples.isEmpty()) {
            return null;
        }
        Tooltip tip = new Tooltip(samples.stream().map(s -> "Sampled " + Sampling.summary(unit, s))
                .collect(Collectors.joining("\n")));
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDelay(Duration.millis(300));
        return tip;
    }

    private static void styled(TableColumn<GridRow, ?> column, String styleClass, boolean on) {
        if (on && !column.getStyleClass().contains(styleClass)) {
            column.getStyleClass().add(styleClass);
        } else if (!on) {
            column.getStyleClass().remove(styleClass);
        }
    }

    private static List<TableColumn<GridRow, ?>> leaves(List<TableColumn<GridRow, ?>> columns) {
        List<TableColumn<GridRow, ?>> leaves = new ArrayList<>();
        for (TableColumn<GridRow, ?> column : columns) {
            if (column.getColumns().isEmpty()) {
                leaves.add(column);
            } else {
                leaves.addAll(leaves(column.getColumns()));
            }
        }
        return leaves;
    }
}
