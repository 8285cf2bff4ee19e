package ers.portfolio;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as UK forms print them: {@code dd/mm/yyyy}. */
public final class UkDates {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return date.format(UK);
    }
}
