package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The status line's times are this computer's clock time; the forms' dates are UK dates wherever the computer is. */
class UkDatesTest {

    private static final Instant EVENING_IN_LONDON = Instant.parse("2026-12-01T21:05:00Z");

    @Test
    void theStatusLineGivesTheTimeAndDateOfThisComputersZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
            assertEquals("21:05 on 01/12/2026", UkDates.timeOnDate(EVENING_IN_LONDON));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            assertEquals("06:05 on 02/12/2026", UkDates.timeOnDate(EVENING_IN_LONDON));
            assertEquals("01/12/2026 21:05", UkDates.formatDateTime(EVENING_IN_LONDON), "a form's date stays the UK one");
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
