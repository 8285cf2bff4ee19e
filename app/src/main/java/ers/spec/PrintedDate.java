package ers.spec;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A date as specifications print it and users type it: 28/02/2015, 2015-02-28 or 28 February 2015. */
public final class PrintedDate {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** Strict, so that 31/02/2030 is refused rather than read as 28/02/2030. */
    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT), DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT));

    private PrintedDate() {
    }

    public static Optional<LocalDate> parse(String text) {
        for (DateTimeFormatter form : FORMS) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), form));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }

    /** {@code 28/02/2015}, as the specification prints it. */
    public static String print(LocalDate date) {
        return UK.format(date);
    }
}
