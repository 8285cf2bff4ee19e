package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the criterion columns are laid out across the page, worked out by hand with an even-width
 * font: at a tenth of the size, an across column is its 22 pt least and a turned one 14 pt.
 */
class ColumnPlannerTest {

    private static final double EPS = 1e-9;

    private static LearningOutcome outcome(int number, int criteria) {
        List<Criterion> list = new ArrayList<>();
        for (int i = 1; i <= criteria; i++) {
            list.add(new Criterion(number + "." + i, "criterion", null));
        }
        return new LearningOutcome(number, "outcome", list, List.of());
    }

    private static List<List<CriterionGroup>> options(TextMeasure font, double available, LearningOutcome... outcomes) {
        return new ColumnPlanner(new Typesetter(font)).options(List.of(outcomes), available);
    }

    /** Each group as its spans' labels and criterion counts, e.g. "LO1:4 LO2:4". */
    private static List<String> shape(List<CriterionGroup> groups) {
        return groups.stream().map(g -> String.join(" ", g.spans().stream()
                .map(s -> s.label() + ":" + s.criteria().size()).toList())).toList();
    }

    @Test
    void numbersGoAcrossAsWellAsTurnedWhenAcrossFitsExactly() {
        List<List<CriterionGroup>> fits = options(new Monospace(), 88, outcome(1, 4));
        assertEquals(2, fits.size(), "4 x 22 pt across fits 88 pt, so across is offered beside turned");
        assertEquals(88, fits.get(0).get(0).width(), EPS);
        assertEquals(56, fits.get(1).get(0).width(), EPS);
        assertEquals(1, options(new Monospace(), 87.9, outcome(1, 4)).size(), "only turned fits");
    }

    @Test
    void groupsThatEachFitAcrossAreOfferedAcrossToo() {
        List<List<CriterionGroup>> two = options(new Monospace(), 88, outcome(1, 4), outcome(2, 4));
        assertEquals(2, two.size(), "each outcome's 88 pt across fits a page of its own");
        assertEquals(List.of("LO1:4", "LO2:4"), shape(two.get(0)));
        assertEquals(List.of("LO1:4", "LO2:4"), shape(two.get(1)));
    }

    @Test
    void theFewestGroupsAreMadeAndATieKeepsTheEarlierCut() {
        List<List<CriterionGroup>> three = options(new Monospace(), 112, outcome(1, 4), outcome(2, 4), outcome(3, 4));
        assertEquals(1, three.size(), "two outcomes across (176 pt) are wider than the page");
        assertEquals(List.of("LO1:4", "LO2:4 LO3:4"), shape(three.get(0)),
                "two groups, not three; 56 + 112 and 112 + 56 are as wide, and the first is kept");
    }

    @Test
    void anOutcomeTooWideForAPageIsCutIntoEvenPiecesTheLaterOnesContinued() {
        List<CriterionGroup> eight = options(new Monospace(), 56, outcome(1, 8)).get(0);
        assertEquals(List.of("LO1:4", "LO1 continued:4"), shape(eight));
        List<CriterionGroup> ten = options(new Monospace(), 56, outcome(1, 10)).get(0);
        assertEquals(List.of("LO1:4", "LO1 continued:4", "LO1 continued:2"), shape(ten));
    }

    @Test
    void aColumnIsWideEnoughForItsNumberAndTheOutcomeForItsLabel() {
        // At a whole size per point "1.1" and "LO1" are each 24 pt wide, with 4 pt pads each side:
        // across, each column holds its number (32 pt); turned, the two share the label's 32 pt.
        List<List<CriterionGroup>> wide = options(new Monospace(1), 100, outcome(1, 2));
        assertEquals(64, wide.get(0).get(0).width(), EPS, "across: two columns of a number and its pads");
        assertEquals(32, wide.get(1).get(0).width(), EPS, "turned: the label and its pads, more than 2 x 14 pt");
    }
}
