package ers.ui.units;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;

/** What the grid's buttons and keys do to its lines: add, move and renumber outcomes and criteria. */
final class DraftLines {

    private DraftLines() {
    }

    /** Outcomes 1, 2, ... in the order listed, and under each its criteria n.1, n.2, ... in order. */
    static void renumber(ObservableList<DraftLine> lines) {
        int outcome = 0;
        int criterion = 0;
        List<DraftLine> renumbered = new ArrayList<>();
        for (DraftLine line : lines) {
            if (line.outcome()) {
                outcome++;
                criterion = 0;
                renumbered.add(line.withNumber(String.valueOf(outcome)));
            } else {
                criterion++;
                renumbered.add(line.withNumber(Math.max(outcome, 1) + "." + criterion));
            }
        }
        lines.setAll(renumbered);
    }

    /**
     * Moves the line at {@code index} by one place up or down; an outcome moves with its criteria,
     * past the whole of the outcome next to it, so outcomes are reordered without their criteria
     * changing hands.
     *
     * @return where the moved line is now
     */
    static int move(ObservableList<DraftLine> lines, int index, int by) {
        if (index < 0 || index >= lines.size()) {
            return index;
        }
        if (!lines.get(index).outcome()) {
            int to = index + by;
            if (to < 0 || to >= lines.size()) {
                return index;
            }
            lines.add(to, lines.remove(index));
            return to;
        }
        int end = blockEnd(lines, index);
        int target = by < 0 ? blockStart(lines, index - 1) : blockEnd(lines, end);
        if (target < 0 || (by > 0 && end >= lines.size())) {
            return index;
        }
        List<DraftLine> block = new ArrayList<>(lines.subList(index, end));
        lines.remove(index, end);
        int at = by < 0 ? target : target - block.size();
        lines.addAll(at, block);
        return at;
    }

    /** A new outcome after the last, or a new criterion after the line at {@code index}, numbered next. */
    static int add(ObservableList<DraftLine> lines, boolean outcome, int index) {
        if (outcome) {
            int next = lines.stream().filter(DraftLine::outcome).mapToInt(l -> parse(l.number())).max().orElse(0) + 1;
            lines.add(DraftLine.outcome(next, "New learning outcome", List.of()));
            return lines.size() - 1;
        }
        int at = Math.min(Math.max(index, 0), Math.max(lines.size() - 1, 0));
        int owner = at;
        while (owner > 0 && !lines.get(owner).outcome()) {
            owner--;
        }
        String lo = lines.isEmpty() ? "1" : lines.get(owner).number();
        long count = lines.stream().filter(l -> !l.outcome() && l.number().startsWith(lo + ".")).count();
        lines.add(lines.isEmpty() ? 0 : at + 1, DraftLine.criterion(lo + "." + (count + 1), "New criterion", false));
        return lines.isEmpty() ? 0 : at + 1;
    }

    /** The outcome line above (or at) {@code index}, or -1 when the line is above every outcome. */
    static int outcomeOf(List<DraftLine> lines, int index) {
        for (int i = Math.min(index, lines.size() - 1); i >= 0; i--) {
            if (lines.get(i).outcome()) {
                return i;
            }
        }
        return -1;
    }

    /** Where the outcome holding line {@code index} starts (-1 above the first outcome). */
    private static int blockStart(List<DraftLine> lines, int index) {
        return index < 0 ? -1 : outcomeOf(lines, index);
    }

    /** The index after the last criterion of the outcome starting at {@code start}. */
    private static int blockEnd(List<DraftLine> lines, int start) {
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).outcome()) {
            end++;
        }
        return end;
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
