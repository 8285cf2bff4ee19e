package ers.spec.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learning-outcome table as copied from a specification: one line per table row, cells
 * separated by tabs (outcome, criteria, third column). A page break shows as a blank line and a
 * row whose first cell is empty or unnumbered, continuing the row before it; the table header may
 * be repeated after it. Every such join is recorded as a transcription note.
 */
final class OutcomeTable {

    static final Pattern HEADER = Pattern.compile("(?i)^\\s*learning outcomes?\\s*\\t+\\s*assessment criteria\\s*(?:\\t+(.*))?$");
    private static final Pattern OUTCOME_STEM = Pattern.compile("(?i)^(the (?:learner|candidate) will:?)\\s*");
    private static final Pattern CRITERION_STEM = Pattern.compile("(?i)^(the (?:learner|candidate) can:?)\\s*");
    private static final Pattern NUMBERED_OUTCOME = Pattern.compile("^(\\d{1,4})\\.?\\s+(\\S.*)$");
    private static final Pattern CRITERION_NUMBER = Pattern.compile("(?<![\\w.])(\\d{1,4})\\.(\\d{1,4})(?=\\s|$)");

    final List<OutcomeDraft> outcomes = new ArrayList<>();
    String outcomeStem;
    String criterionStem;
    String thirdColumnHeading;

    private final Repairs repairs;
    private boolean headerSeen;
    private boolean pageBreak;

    OutcomeTable(Repairs repairs) {
        this.repairs = repairs;
    }

    /** Reads one line of the table; returns false at the first line that is not part of it. */
    boolean read(String line) {
        if (line.isBlank()) {
            pageBreak = true;
            return true;
        }
        if (isRule(line)) {
            return false;
        }
        Matcher header = HEADER.matcher(line);
        if (header.matches()) {
            header(header.group(1));
            return true;
        }
        if (line.indexOf('\t') < 0) {
            return false;
        }
        String[] cells = (line + "\t\t").split("\t", -1);
        row(cells[0], cells[1], String.join(" ", Arrays.copyOfRange(cells, 2, cells.length)));
        pageBreak = false;
        return true;
    }

    /** {@code --<tab>---<tab>--}: the rule under the table, where a copy marks its end. */
    static boolean isRule(String line) {
        return line.strip().matches("[-\\s]*--[-\\s]*");
    }

    private void header(String third) {
        if (headerSeen) {
            repairs.note("The table header row repeated at the top of each continued page of the learning-outcome table has been left out.");
            return;
        }
        headerSeen = true;
        thirdColumnHeading = third == null || third.isBlank() ? null : CellText.squeeze(third);
    }

    private void row(String outcomeCell, String criteriaCell, String thirdCell) {
        String outcome = CellText.flat(outcomeCell);
        String stem = stem(OUTCOME_STEM, outcome);
        if (stem != null) {
            outcomeStem = outcomeStem == null ? stem : outcomeStem;
            outcome = outcome.substring(stem.length()).strip();
        }
        Matcher numbered = NUMBERED_OUTCOME.matcher(outcome);
        OutcomeDraft current = outcomes.isEmpty() ? null : outcomes.get(outcomes.size() - 1);
        boolean starts = numbered.matches() && (current == null || Integer.parseInt(numbered.group(1)) > current.number);
        if (starts) {
            current = new OutcomeDraft(Integer.parseInt(numbered.group(1)), numbered.group(2));
            outcomes.add(current);
        } else if (current == null) {
            if (!(outcome + CellText.flat(criteriaCell) + CellText.flat(thirdCell)).isBlank()) {
                repairs.note("Text before the first learning outcome of the table was left out: \""
                        + CellText.squeeze(outcome + " " + CellText.flat(criteriaCell)) + "\".");
            }
            return;
        } else if (!outcome.isEmpty()) {
            current.title = current.title + " " + outcome;
            repairs.note("The end of the title of learning outcome " + current.number + ", \"" + outcome + "\", was carried "
                    + where() + " and has been rejoined to the title.");
        }
        criteria(current, criteriaCell, !starts);
        guidance(current, thirdCell, !starts);
    }

    private void criteria(OutcomeDraft outcome, String cell, boolean continued) {
        String text = CellText.flat(cell);
        String stem = stem(CRITERION_STEM, text);
        if (stem != null) {
            criterionStem = criterionStem == null ? stem : criterionStem;
            text = text.substring(stem.length()).strip();
        }
        List<int[]> starts = criterionStarts(outcome, text);
        String before = text.substring(0, starts.isEmpty() ? text.length() : starts.get(0)[0]).strip();
        if (!before.isEmpty()) {
            rejoin(outcome, before);
        }
        int firstNew = outcome.criteria.size();
        for (int i = 0; i < starts.size(); i++) {
            int[] s = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
            String number = outcome.number + "." + s[2];
            outcome.addCriterion(number, dropRepeatedNumber(number, text.substring(s[1], end).strip()));
        }
        if (continued && outcome.criteria.size() > firstNew) {
            String first = outcome.criteria.get(firstNew)[0];
            String last = outcome.lastCriterion()[0];
            String joiner = outcome.criteria.size() - firstNew == 2 ? " and " : " to ";
            repairs.note((first.equals(last) ? "Criterion " + first + ", printed" : "Criteria " + first + joiner + last + ", printed")
                    + " in a continuation row " + (pageBreak ? "after a page break" : "of the table")
                    + ", " + (first.equals(last) ? "has" : "have") + " been kept under learning outcome " + outcome.number + ".");
        }
    }

    /** The column's stem ("The Learner will:") where the cell begins with it, else null. */
    private static String stem(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Text that begins a cell before any criterion number finishes the criterion the page break cut. */
    private void rejoin(OutcomeDraft outcome, String text) {
        if (outcome.criteria.isEmpty()) {
            repairs.note("Text in the criteria column of learning outcome " + outcome.number
                    + " before its first numbered criterion was left out: \"" + text + "\".");
            return;
        }
        String[] last = outcome.lastCriterion();
        repairs.note("Criterion " + last[0] + " was split " + (pageBreak ? "over a page break" : "over two table rows")
                + " after \"" + lastWords(last[1]) + "\"; its remainder \"" + text + "\" has been rejoined to it.");
        outcome.appendToLast(text);
    }

    /**
     * Where criteria of this outcome start: a number {@code n.m} of this outcome, higher than the
     * last one. A number of another outcome, or one going backwards, is part of the wording.
     */
    private static List<int[]> criterionStarts(OutcomeDraft outcome, String text) {
        List<int[]> starts = new ArrayList<>();
        int last = outcome.lastIndex();
        Matcher m = CRITERION_NUMBER.matcher(text);
        while (m.find()) {
            int index = Integer.parseInt(m.group(2));
            if (Integer.parseInt(m.group(1)) == outcome.number && index > last) {
                starts.add(new int[] {m.start(), m.end(), index});
                last = index;
            }
        }
        return starts;
    }

    /** {@code 1.3 1.3 plan how ...} or {@code 1.3 .3 plan how ...}: the number printed twice. */
    private String dropRepeatedNumber(String number, String text) {
        String index = number.substring(number.indexOf('.'));
        for (String repeat : new String[] {number + " ", index + " "}) {
            if (text.startsWith(repeat)) {
                String rest = text.substring(repeat.length()).strip();
                repairs.note("Criterion " + number + " is printed with its number twice (\"" + number + " "
                        + repeat + firstWords(rest) + "\"); the repeated number has been removed.");
                return rest;
            }
        }
        return text;
    }

    private void guidance(OutcomeDraft outcome, String cell, boolean continued) {
        if (cell.isBlank()) {
            return;
        }
        List<String> items = CellText.items(cell);
        if (!CellText.isDivided(cell) && items.size() == 1) {
            List<String> sentences = List.of(items.get(0).split("(?<=[.:])\\s+(?=[A-Z])"));
            if (sentences.size() > 1) {
                items = sentences;
                repairs.note("The third column of learning outcome " + outcome.number + " is printed without paragraph breaks;"
                        + " it has been divided into paragraphs at the end of each sentence.");
            }
        }
        if (CellText.hasUnmarkedList(cell) && !CellText.unmarkedListsDivide(cell)) {
            repairs.note("The third column of learning outcome " + outcome.number + " has a list printed without bullet marks"
                    + " or line breaks whose items cannot be told apart, kept as one paragraph: check where its items divide.");
        } else if (CellText.hasUnmarkedList(cell)) {
            repairs.note("The third column of learning outcome " + outcome.number + " has a list printed without bullet marks"
                    + " or line breaks; it has been divided into items where each new item begins with a capital letter,"
                    + " given without bullet marks as printed: check where its items divide.");
        }
        if (continued && !outcome.guidance.isEmpty() && joinsPrevious(outcome.guidance, items.get(0))) {
            String previous = outcome.guidance.remove(outcome.guidance.size() - 1);
            repairs.note("In the third column of learning outcome " + outcome.number + " the item \"" + lastWords(previous)
                    + "\" was split " + (pageBreak ? "over a page break" : "over two table rows") + "; its remainder \""
                    + firstWords(items.get(0)) + "\" has been rejoined to it.");
            items = new ArrayList<>(items);
            items.set(0, previous + " " + items.get(0));
        } else if (continued && !outcome.guidance.isEmpty()) {
            repairs.note("The rest of the third column of learning outcome " + outcome.number + ", carried " + where()
                    + ", has been kept with learning outcome " + outcome.number + ".");
        }
        outcome.guidance.addAll(items);
    }

    /** A fragment that is not a new item, after an item that does not end a sentence, is that item's remainder. */
    private static boolean joinsPrevious(List<String> guidance, String fragment) {
        return !fragment.startsWith("\u2022") && !guidance.get(guidance.size() - 1).matches(".*[.:!?]$");
    }

    private String where() {
        return pageBreak ? "over a page break into the next table row" : "into the next table row";
    }

    private static String lastWords(String text) {
        String[] words = text.split(" ");
        return words.length <= 6 ? text : "\u2026 " + String.join(" ", Arrays.copyOfRange(words, words.length - 6, words.length));
    }

    private static String firstWords(String text) {
        String[] words = text.split(" ");
        return words.length <= 6 ? text : String.join(" ", Arrays.copyOfRange(words, 0, 6)) + " \u2026";
    }
}
