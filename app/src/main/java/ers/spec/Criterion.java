package ers.spec;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An assessment criterion: what the candidate must show, numbered within its learning outcome.
 *
 * @param number     as printed, e.g. {@code "1.10"}
 * @param text       the criterion's wording, word for word from the specification
 * @param incomplete {@code true} when the wording was not retrieved whole, otherwise null: left out
 *                   of the file, so that complete criteria (and the seals over them) are as they always were
 */
public record Criterion(String number, String text, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean incomplete) {

    public Criterion {
        incomplete = Boolean.TRUE.equals(incomplete) ? Boolean.TRUE : null;
    }

    public Criterion(String number, String text) {
        this(number, text, null);
    }

    /** The text is only the part of the wording that was retrieved. */
    public boolean textIncomplete() {
        return incomplete != null;
    }
}
