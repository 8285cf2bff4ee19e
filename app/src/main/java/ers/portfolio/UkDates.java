package ers.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as UK forms print them: {@code dd/mm/yyyy}, in UK time. */
public final class UkDates {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** The time zone of the forms' dates: a signature given at 00:30 BST is dated that day. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

    private static final DateTimeFormatter TIME_ON_DATE = DateTimeFormatter.ofPattern("HH:mm 'on' dd/MM/yyyy");

    private UkDates() {
    }

    public static String format(LocalDate date) {
        return date.format(UK);
    }

    /** The UK date of an instant. */
    public static String format(Instant instant) {
        return format(instant.atZone(ZONE).toLocalDate());
    }

    /** The clock time and date of an instant as the status line gives them, {@code 21:05 on 01/12/2026}, in this computer's time zone. */
    public static String timeOnDate(Instant instant) {
        return TIME_ON_DATE.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** The UK date and clock time of an instant, {@code dd/mm/yyyy hh:mm}, whatever zone the computer is set to. */
    public static String formatDateTime(Instant instant) {
        return UK_TIME.format(instant);
    }
}
