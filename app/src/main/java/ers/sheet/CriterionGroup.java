package ers.sheet;

import java.util.List;

/**
 * The criterion columns printed side by side on one run of pages. A unit whose criteria fit
 * across the page has one group; a wider unit continues its outcomes in further groups.
 *
 * @param rotated whether the criterion numbers are printed turned 90 degrees to fit narrow columns
 */
record CriterionGroup(List<OutcomeSpan> spans, boolean rotated) {

    CriterionGroup {
        spans = List.copyOf(spans);
    }

    double width() {
        return spans.stream().mapToDouble(OutcomeSpan::width).sum();
    }

    String firstLabel() {
        return spans.get(0).label();
    }

    String lastLabel() {
        return spans.get(spans.size() - 1).label();
    }
}
