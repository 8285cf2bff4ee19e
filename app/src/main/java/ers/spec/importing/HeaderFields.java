package ers.spec.importing;

import ers.spec.Level;
import ers.spec.PrintedDate;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled values at the top of a specification ({@code Level:<tab>4}, {@code Credit value: 10},
 * {@code OCR unit number<tab>B13}). A value that is printed but cannot be read is not taken: it is
 * reported, so the user gives it rather than the importer inventing one.
 */
final class HeaderFields {

    private static final Pattern LABELLED = Pattern.compile("^\\s*([A-Za-z][A-Za-z ()]*?)\\s*(?::\\s*|\\t+\\s*|\\s{2,})(\\S.*)$");
    private static final Pattern BODY_NUMBER = Pattern.compile("(?i)([A-Z][A-Za-z&]*) unit number");
    private static final Pattern TITLE_NUMBER = Pattern.compile("^(.*\\S)\\s*\\(([A-Z]{1,4}\\s?\\d{1,4}[A-Z]?)\\)$");

    String title;
    String awardingBody;
    String unitNumber;
    String sectorUnitNumber;
    String referenceNumber;
    Level level;
    Integer creditValue;
    Integer guidedLearningHours;
    LocalDate expiryDate;

    private final Repairs repairs;

    HeaderFields(Repairs repairs) {
        this.repairs = repairs;
    }

    /** Takes the line if it is a header field. */
    void read(String line) {
        Matcher m = LABELLED.matcher(line.replace('\u00a0', ' '));
        if (!m.matches()) {
            return;
        }
        String label = m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String value = CellText.squeeze(m.group(2).replace('\t', ' '));
        switch (label) {
            case "unit title", "title" -> title(value);
            case "unit number", "awarding body unit number", "unit no" -> unitNumber = value;
            case "sector unit number" -> sectorUnitNumber = value;
            case "unit reference number", "unit reference", "reference number", "urn", "unit accreditation number",
                 "qualification framework reference" -> referenceNumber = value;
            case "level", "unit level" -> level = readLevel(value);
            case "credit value", "credit", "credits", "unit credit value" -> creditValue = number(value, "credit value");
            case "guided learning hours", "glh" -> guidedLearningHours = number(value, "guided learning hours");
            case "unit expiry date", "expiry date", "operational end date" -> expiryDate = date(value);
            case "awarding body", "awarding organisation", "awarding organization" -> awardingBody = value;
            default -> {
                Matcher body = BODY_NUMBER.matcher(label);
                if (!body.matches()) {
                    return;
                }
                unitNumber = value;
                awardingBody = m.group(1).strip().split(" ")[0];
            }
        }
    }

    /** The sheet prints the sector number as the code where there is one ({@code F17}), else the unit number. */
    Optional<String> code() {
        return Optional.ofNullable(sectorUnitNumber != null ? sectorUnitNumber : unitNumber);
    }

    private void title(String value) {
        Matcher m = TITLE_NUMBER.matcher(value);
        if (m.matches() && (sectorUnitNumber == null || sectorUnitNumber.equals(m.group(2)))) {
            title = m.group(1);
            sectorUnitNumber = m.group(2);
            repairs.note("The unit title is printed \"" + value + "\"; the sector unit number " + m.group(2)
                    + " is recorded as sectorUnitNumber and left out of the title.");
        } else {
            title = value;
        }
    }

    private Level readLevel(String value) {
        Optional<Level> read = Level.parse(value);
        if (read.isEmpty()) {
            repairs.unreadable("level", value, "a level is 1 to 8, or Entry 1 to 3");
        }
        return read.orElse(null);
    }

    private Integer number(String value, String what) {
        if (value.matches("\\d{1,5}")) {
            return Integer.valueOf(value);
        }
        repairs.unreadable(what, value, "it is not a whole number");
        return null;
    }

    private LocalDate date(String value) {
        Optional<LocalDate> date = PrintedDate.parse(value);
        if (date.isEmpty()) {
            repairs.unreadable("expiry date", value, "it is not a date such as 28/02/2015");
        }
        return date.orElse(null);
    }
}
