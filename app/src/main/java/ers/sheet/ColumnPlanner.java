package ers.sheet;

import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import java.util.ArrayList;
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

    List<CriterionGroup> plan(List<LearningOutcome> outcomes, double available) {
        CriterionGroup across = group(outcomes, false);
        if (across.width() <= available) {
            return List.of(across);
        }
        CriterionGroup turned = group(outcomes, true);
        if (turned.width() <= available) {
            return List.of(turned);
        }
        return split(outcomes, available);
    }

    private List<CriterionGroup> split(List<LearningOutcome> outcomes, double available) {
        List<CriterionGroup> groups = new ArrayList<>();
        List<OutcomeSpan> current = new ArrayList<>();
        double used = 0;
        for (LearningOutcome lo : outcomes) {
            for (OutcomeSpan span : pieces(lo, available)) {
                if (!current.isEmpty() && used + span.width() > available) {
                    groups.add(settle(current, available));
                    current = new ArrayList<>();
                    used = 0;
                }
                current.add(span);
                used += span.width();
            }
        }
        if (!current.isEmpty()) {
            groups.add(settle(current, available));
        }
        return groups;
    }

    /** The outcome whole if it fits a page turned, else in page-wide pieces, the later ones labelled as continued. */
    private List<OutcomeSpan> pieces(LearningOutcome lo, double available) {
        List<String> numbers = lo.criteria().stream().map(Criterion::number).toList();
        OutcomeSpan whole = span(lo.label(), numbers, true);
        if (whole.width() <= available) {
            return List.of(whole);
        }
        String later = lo.label() + " continued";
        int perPiece = (int) Math.floor(available / ROTATED_WIDTH);
        List<OutcomeSpan> pieces = new ArrayList<>();
        for (int from = 0; from < numbers.size(); from += perPiece) {
            List<String> part = numbers.subList(from, Math.min(numbers.size(), from + perPiece));
            pieces.add(span(from == 0 ? lo.label() : later, part, true));
        }
        return pieces;
    }

    /** A group that, split off for width, may still fit with its numbers across. */
    private CriterionGroup settle(List<OutcomeSpan> turned, double available) {
        List<OutcomeSpan> across = turned.stream().map(s -> span(s.label(), s.criteria(), false)).toList();
        CriterionGroup wide = new CriterionGroup(across, false);
        return wide.width() <= available ? wide : new CriterionGroup(turned, true);
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
