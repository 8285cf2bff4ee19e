package ers.sheet;

import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decides how the criterion columns share the width left by the three text columns: numbers
 * printed across where they fit, turned where they do not, and, when even turned columns are too
 * many, further page groups split at learning-outcome boundaries (inside an outcome only when
 * that one outcome is wider than a page). No criterion is dropped or made narrower than
 * {@link #ROTATED_WIDTH}.
 */
final class ColumnPlanner {

    static final double NUMBER_SIZE = 8;
    static final double LABEL_SIZE = 8;
    static final double ROTATED_WIDTH = 14;
    private static final double MIN_ACROSS_WIDTH = 22;
    private static final double PAD = 4;

    private final Typesetter type;

    ColumnPlanner(Typesetter type) {
        this.type = type;
    }

    /**
     * The ways the criteria can be printed: numbers across (when they fit) and turned, each as
     * one group or, when even turned columns are too many, the same balanced page groups. Which
     * one the sheet uses is {@link GridPlan#best}'s choice: across is tried because upright
     * numbers read more easily, not because they fit.
     */
    List<List<CriterionGroup>> options(List<LearningOutcome> outcomes, double available) {
        CriterionGroup turned = group(outcomes, true);
        if (turned.width() <= available) {
            CriterionGroup across = group(outcomes, false);
            return across.width() <= available ? List.of(List.of(across), List.of(turned)) : List.of(List.of(turned));
        }
        List<CriterionGroup> split = split(outcomes, available);
        List<CriterionGroup> across = split.stream().map(this::across).toList();
        return across.stream().allMatch(g -> g.width() <= available) ? List.of(across, split) : List.of(split);
    }

    /**
     * As few page groups as the width allows (the greedy count is the least), then the cuts
     * between them placed so the widest group is as narrow as it can be: 20 and 20 criteria
     * rather than 33 and 7.
     */
    private List<CriterionGroup> split(List<LearningOutcome> outcomes, double available) {
        List<OutcomeSpan> pieces = new ArrayList<>();
        for (LearningOutcome lo : outcomes) {
            pieces.addAll(pieces(lo, available));
        }
        int count = 0;
        double used = available;
        for (OutcomeSpan piece : pieces) {
            if (used + piece.width() > available) {
                count++;
                used = 0;
            }
            used += piece.width();
        }
        List<CriterionGroup> groups = new ArrayList<>();
        int from = 0;
        for (int end : balancedEnds(pieces, count)) {
            groups.add(new CriterionGroup(pieces.subList(from, end), true));
            from = end;
        }
        return groups;
    }

    /**
     * Where each of {@code count} consecutive groups of pieces ends, so that the widest group is
     * as narrow as possible: {@code widest[g][i]} is the least possible widest group when the
     * first {@code i} pieces make {@code g} groups.
     */
    private static List<Integer> balancedEnds(List<OutcomeSpan> pieces, int count) {
        int n = pieces.size();
        double[] before = new double[n + 1];
        for (int i = 0; i < n; i++) {
            before[i + 1] = before[i] + pieces.get(i).width();
        }
        double[][] widest = new double[count + 1][n + 1];
        int[][] cut = new int[count + 1][n + 1];
        for (double[] row : widest) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        widest[0][0] = 0;
        for (int g = 1; g <= count; g++) {
            for (int i = g; i <= n; i++) {
                for (int j = g - 1; j < i; j++) {
                    double candidate = Math.max(widest[g - 1][j], before[i] - before[j]);
                    if (candidate < widest[g][i]) {
                        widest[g][i] = candidate;
                        cut[g][i] = j;
                    }
                }
            }
        }
        List<Integer> ends = new ArrayList<>();
        for (int g = count, i = n; g > 0; i = cut[g][i], g--) {
            ends.add(0, i);
        }
        return ends;
    }

    /**
     * The outcome whole if it fits a page turned, else in as few pieces as fit, of even size, the
     * later ones labelled as continued.
     */
    private List<OutcomeSpan> pieces(LearningOutcome lo, double available) {
        List<String> numbers = lo.criteria().stream().map(Criterion::number).toList();
        OutcomeSpan whole = span(lo.label(), numbers, true);
        if (whole.width() <= available) {
            return List.of(whole);
        }
        String later = lo.label() + " continued";
        int perPage = (int) Math.floor(available / ROTATED_WIDTH);
        int count = (numbers.size() + perPage - 1) / perPage;
        int perPiece = (numbers.size() + count - 1) / count;
        List<OutcomeSpan> pieces = new ArrayList<>();
        for (int from = 0; from < numbers.size(); from += perPiece) {
            List<String> part = numbers.subList(from, Math.min(numbers.size(), from + perPiece));
            pieces.add(span(from == 0 ? lo.label() : later, part, true));
        }
        return pieces;
    }

    /** The same columns with their numbers across. */
    private CriterionGroup across(CriterionGroup turned) {
        return new CriterionGroup(turned.spans().stream().map(s -> span(s.label(), s.criteria(), false)).toList(),
                false);
    }

    private CriterionGroup group(List<LearningOutcome> outcomes, boolean rotated) {
        return new CriterionGroup(outcomes.stream()
                .map(lo -> span(lo.label(), lo.criteria().stream().map(Criterion::number).toList(), rotated))
                .toList(), rotated);
    }

    /** Columns wide enough for the numbers, and together wide enough for the outcome's label. */
    private OutcomeSpan span(String label, List<String> numbers, boolean rotated) {
        double column = rotated ? ROTATED_WIDTH : Math.max(MIN_ACROSS_WIDTH, widest(numbers) + 2 * PAD);
        double labelNeeds = type.width(label, Face.BOLD, LABEL_SIZE) + 2 * PAD;
        return new OutcomeSpan(label, numbers, Math.max(column, labelNeeds / numbers.size()));
    }

    private double widest(List<String> numbers) {
        return numbers.stream().mapToDouble(n -> type.width(n, Face.REGULAR, NUMBER_SIZE)).max().orElse(0);
    }
}
