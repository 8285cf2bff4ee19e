package ers.ui.units;

import java.util.List;

/**
 * One line of the unit's grid: a learning outcome ({@code 2}, its title, its third-column text) or
 * a criterion ({@code 2.1}, its text) under the outcome above it.
 *
 * @param incomplete for a criterion: its text was not retrieved whole
 * @param guidance   for an outcome: the third column beside it, one paragraph or list item each
 */
public record DraftLine(boolean outcome, String number, String text, boolean incomplete, List<String> guidance) {

    public DraftLine {
        guidance = guidance == null ? List.of() : List.copyOf(guidance);
    }

    static DraftLine outcome(int number, String title, List<String> guidance) {
        return new DraftLine(true, String.valueOf(number), title, false, guidance);
    }

    static DraftLine criterion(String number, String text, boolean incomplete) {
        return new DraftLine(false, number, text, incomplete, List.of());
    }

    DraftLine withNumber(String newNumber) {
        return new DraftLine(outcome, newNumber, text, incomplete, guidance);
    }

    DraftLine withText(String newText) {
        return new DraftLine(outcome, number, newText, incomplete, guidance);
    }

    DraftLine withIncomplete(boolean value) {
        return new DraftLine(outcome, number, text, value, guidance);
    }

    DraftLine withGuidance(List<String> items) {
        return new DraftLine(outcome, number, text, incomplete, items);
    }
}
