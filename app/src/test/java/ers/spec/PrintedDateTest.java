package ers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates as specifications print them are read exactly; a day that does not exist is refused, never moved. */
class PrintedDateTest {

    @Test
    void theWaysASpecificationPrintsADateAreRead() {
        for (String printed : new String[] {"28/02/2015", "28/2/2015", "2015-02-28", "28 February 2015", "28 Feb 2015"}) {
            assertEquals(Optional.of(LocalDate.of(2015, 2, 28)), PrintedDate.parse(printed), printed);
        }
    }

    @Test
    void aDayThatDoesNotExistIsRefusedRatherThanMovedToTheEndOfTheMonth() {
        assertEquals(Optional.empty(), PrintedDate.parse("31/02/2030"));
        assertEquals(Optional.empty(), PrintedDate.parse("29 February 2015"));
    }

    @Test
    void aDateIsPrintedDayMonthYearAsTheSpecificationPrintsIt() {
        assertEquals("28/02/2015", PrintedDate.print(LocalDate.of(2015, 2, 28)));
    }
}
