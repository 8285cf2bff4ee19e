package ers.spec.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Outcomes and criteria one per line, as a register page's table copies:
 * {@code 1 Understand ...} then {@code 1.1 Explain ...}, sometimes with the criterion's number
 * printed again before its text ({@code 1.1 .1 Explain ...}, or {@code 1.1} alone and
 * {@code .1 Explain ...} on the next line).
 */
final class RegisterTable {

    static final Pattern OUTCOME = Pattern.compile("^(\\d{1,4})\\.?\\s+(\\p{L}.*)$");
    private static final Pattern CRITERION = Pattern.compile("^(\\d{1,4})\\.(\\d{1,4})\\.?(?:\\s+(.*))?$");
    private static final Pattern REPEATED = Pattern.compile("^\\.(\\d{1,4})\\s+(.*)$");
    private static final Pattern COLUMN_HEADING = Pattern.compile("(?i)^(learning outcomes?|assessment criteria)\\b.*");
    private static final Pattern OUTCOME_STEM = Pattern.compile("(?i)^\\(?(the (?:learner|candidate) will:?)\\)?$");
    private static final Pattern CRITERION_STEM = Pattern.compile("(?i)^\\(?(the (?:learner|candidate) can:?)\\)?$");

    final List<OutcomeDraft> outcomes = new ArrayList<>();
    String outcomeStem;
    String criterionStem;

    private final Repairs repairs;
    /** The criterion whose text a following line may continue; null right after an outcome line. */
    private String[] open;

    RegisterTable(Repairs repairs) {
        this.repairs = repairs;
    }

    void read(String raw) {
        String line = CellText.squeeze(raw);
        if (line.isEmpty() || COLUMN_HEADING.matcher(line).matches()) {
            return;
        }
        Matcher m;
        if ((m = OUTCOME_STEM.matcher(line)).matches()) {
            outcomeStem = outcomeStem == null ? m.group(1) : outcomeStem;
        } else if ((m = CRITERION_STEM.matcher(line)).matches()) {
            criterionStem = criterionStem == null ? m.group(1) : criterionStem;
        } else if ((m = CRITERION.matcher(line)).matches()) {
            criterion(Integer.parseInt(m.group(1)), m.group(1) + "." + m.group(2), m.group(3) == null ? "" : m.group(3));
        } else if ((m = REPEATED.matcher(line)).matches() && open != null && open[1].isEmpty()
                && open[0].endsWith("." + m.group(1))) {
            open[1] = m.group(2);
            repairs.note("Criterion " + open[0] + " is printed with its number again (\"." + m.group(1)
                    + "\") before its text; the repeated number has been removed.");
        } else if ((m = OUTCOME.matcher(line)).matches()) {
            outcomes.add(new OutcomeDraft(Integer.parseInt(m.group(1)), m.group(2)));
            open = null;
        } else {
            continuation(line);
        }
    }

    private void criterion(int outcomeNumber, String number, String text) {
        OutcomeDraft outcome = outcomes.stream().filter(o -> o.number == outcomeNumber).findFirst().orElse(null);
        if (outcome == null) {
            outcome = new OutcomeDraft(outcomeNumber, "");
            outcomes.add(outcome);
        }
        Matcher repeated = REPEATED.matcher(text);
        if (repeated.matches() && number.endsWith("." + repeated.group(1))) {
            text = repeated.group(2);
            repairs.note("Criterion " + number + " is printed with its number again (\"." + repeated.group(1)
                    + "\") before its text; the repeated number has been removed.");
        }
        outcome.addCriterion(number, text);
        open = outcome.lastCriterion();
    }

    /** A line without a number carries on the line before it: the text was wrapped when copied. */
    private void continuation(String line) {
        if (open != null) {
            open[1] = (open[1] + " " + line).strip();
            repairs.note("The text of criterion " + open[0] + " continued on the next line; the lines have been joined.");
        } else if (!outcomes.isEmpty()) {
            OutcomeDraft outcome = outcomes.get(outcomes.size() - 1);
            outcome.title = (outcome.title + " " + line).strip();
            repairs.note("The title of learning outcome " + outcome.number + " continued on the next line; the lines have been joined.");
        }
    }
}
