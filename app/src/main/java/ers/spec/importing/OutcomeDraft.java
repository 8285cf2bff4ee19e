package ers.spec.importing;

import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import java.util.ArrayList;
import java.util.List;

/** A learning outcome while its rows are still being read: title, criteria and guidance grow. */
final class OutcomeDraft {

    final int number;
    String title;
    final List<String[]> criteria = new ArrayList<>();
    final List<String> guidance = new ArrayList<>();

    OutcomeDraft(int number, String title) {
        this.number = number;
        this.title = title;
    }

    int lastIndex() {
        return criteria.isEmpty() ? 0 : Integer.parseInt(lastCriterion()[0].substring(lastCriterion()[0].indexOf('.') + 1));
    }

    String[] lastCriterion() {
        return criteria.get(criteria.size() - 1);
    }

    void addCriterion(String number, String text) {
        criteria.add(new String[] {number, text});
    }

    void appendToLast(String text) {
        String[] last = lastCriterion();
        last[1] = (last[1] + " " + text).strip();
    }

    LearningOutcome toOutcome() {
        return new LearningOutcome(number, title,
                criteria.stream().map(c -> new Criterion(c[0], c[1])).toList(), guidance);
    }
}
