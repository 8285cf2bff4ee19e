package ers.ui.units;

/**
 * One line of the unit's grid: a learning outcome ({@code 2}, its title) or a criterion
 * ({@code 2.1}, its text) under the outcome above it.
 *
 * @param incomplete for a criterion: its text was not retrieved whole
 */
public record DraftLine(boolean outcome, String number, String text, boolean incomplete) {

    static DraftLine outcome(int number, String title) {
        return new DraftLine(true, String.valueOf(number), title, false);
    }

    static DraftLine criterion(String number, String text, boolean incomplete) {
        return new DraftLine(false, number, text, incomplete);
    }

    DraftLine withNumber(String newNumber) {
        return new DraftLine(outcome, newNumber, text, incomplete);
    }

    DraftLine withText(String newText) {
        return new DraftLine(outcome, number, newText, incomplete);
    }

    DraftLine withIncomplete(boolean value) {
        return new DraftLine(outcome, number, text, value);
    }
}
