package ers.cli;

import ers.portfolio.UkDates;
import ers.spec.UnitSpec;
import ers.text.Plural;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** How the command line names a unit and what a reader must be told about it. */
final class UnitLines {

    private UnitLines() {
    }

    /** {@code B13 Plan, organise ... (ocr-b13, level 4, 10 credits, 27 criteria)}. */
    static String summary(UnitSpec unit) {
        return unit.code() + " " + unit.displayTitle() + " (" + unit.id() + ", " + unit.levelAndCredit() + ", "
                + Plural.criteria(unit.criteria().size()) + ")";
    }

    /** {@code [expired 28/02/2015] [Unit specification incomplete: ...]}, or empty for a current, complete unit. */
    static Optional<String> marks(UnitSpec unit) {
        List<String> marks = new ArrayList<>();
        if (unit.isExpiredOn(LocalDate.now())) {
            marks.add("[expired " + UkDates.format(unit.expiryDate()) + "]");
        }
        unit.incompleteNotice().ifPresent(n -> marks.add("[" + n + "]"));
        return marks.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", marks));
    }
}
