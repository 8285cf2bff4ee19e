package ers.spec;

/**
 * An assessment criterion: what the candidate must show, numbered within its learning outcome.
 *
 * @param number as printed, e.g. {@code "1.10"}
 * @param text   the criterion's wording, word for word from the specification
 */
public record Criterion(String number, String text) {

    public CriterionNumber parsedNumber() {
        return CriterionNumber.parse(number);
    }
}
