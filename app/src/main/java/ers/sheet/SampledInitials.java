package ers.sheet;

import ers.portfolio.SamplingRecord;
import ers.portfolio.UkDates;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the IV initials line prints from the internal verifier's latest sample when no IV
 * signature is on the sheet: the sampler's initials, the UK date of the sample and its outcome.
 *
 * @param date    {@code dd/mm/yyyy}
 * @param outcome in words, e.g. {@code action needed}
 */
public record SampledInitials(String initials, String date, String outcome) {

    static SampledInitials of(SamplingRecord sample) {
        return new SampledInitials(initials(sample.name()), UkDates.format(sample.at()),
                sample.outcome().label().toLowerCase(Locale.UK));
    }

    /** {@code Daniel Okafor} is {@code DO}; {@code Mary-Jane O'Neill} is {@code MJO}. */
    static String initials(String name) {
        return Arrays.stream(name.strip().split("[\\s\\-]+"))
                .map(part -> part.codePoints().filter(Character::isLetter).findFirst().orElse(-1))
                .filter(c -> c >= 0)
                .map(c -> new String(Character.toChars(c)).toUpperCase(Locale.UK))
                .collect(Collectors.joining());
    }
}
