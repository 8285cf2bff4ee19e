package ers.sheet;

import java.util.List;

/**
 * The criterion columns of one learning outcome (or of its part, when an outcome is wider than a
 * page) under a header cell, e.g. {@code LO2} over {@code 2.1 2.2 2.3}.
 *
 * @param columnWidth width of each of its criterion columns
 */
record OutcomeSpan(String label, List<String> criteria, double columnWidth) {

    OutcomeSpan {
        criteria = List.copyOf(criteria);
    }

    double width() {
        return columnWidth * criteria.size();
    }
}
