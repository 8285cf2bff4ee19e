package ers.ui.grid;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date typed as day/month/year, read strictly: 31/02 is refused with the reason, never turned into 28/02. */
record DateText(LocalDate date, String problem) {

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

    static DateText read(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return new DateText(null, null);
        }
        Matcher m = DMY.matcher(typed);
        if (!m.matches()) {
            return refused("Type the date as day/month/year, for example 04/03/2026.");
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (month < 1 || month > 12) {
            return refused("There is no month " + month + ": months run from 1 to 12.");
        }
        YearMonth ym = YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            return refused(Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has "
                    + ym.lengthOfMonth() + " days.");
        }
        return new DateText(LocalDate.of(year, month, day), null);
    }

    private static DateText refused(String why) {
        return new DateText(null, why);
    }

    Optional<String> problemIfAny() {
        return Optional.ofNullable(problem);
    }
}
