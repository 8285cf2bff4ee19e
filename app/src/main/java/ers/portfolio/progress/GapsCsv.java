package ers.portfolio.progress;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The gap analysis as CSV (RFC 4180): a header row, then one line per unit and criterion, saying
 * whether it is covered and by which references. UTF-8 with a byte-order mark and CRLF line ends,
 * which spreadsheets read as UTF-8 without asking.
 */
public final class GapsCsv {

    static final List<String> HEADER = List.of("Unit", "Unit title", "Criterion", "Criterion text", "Status",
            "Covered by");

    private GapsCsv() {
    }

    public static byte[] of(PortfolioProgress progress) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, HEADER);
        for (UnitProgress unit : progress.units()) {
            for (Gap gap : unit.criteria()) {
                line(csv, List.of(unit.unit().spec().code(), unit.unit().spec().title(), gap.criterion(), gap.text(),
                        gap.covered() ? "covered" : "uncovered", String.join(" ", gap.references())));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(cells.stream().map(GapsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /**
     * Quoted where it must be; a cell a spreadsheet would take for a formula (=, +, -, @) is
     * prefixed with an apostrophe, so a title can never run as one.
     */
    static String cell(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        boolean quote = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
