package ers.ui.units;

import ers.json.InvalidFileException;
import ers.json.Problem;
import ers.spec.Criterion;
import ers.spec.CriterionNumber;
import ers.spec.LearningOutcome;
import ers.spec.Level;
import ers.spec.PrintedDate;
import ers.spec.UnitSpec;
import ers.spec.UnitSpecWriter;
import ers.spec.Unknowns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a draft describes, and what would stop it loading as a unit file, each problem with
 * its place in the form: the header field, the line of the grid or the section it is about.
 */
record DraftSpec(UnitSpec spec, List<Found> found) {

    /** One problem: {@code place} is a field's name ({@code level}), {@code line/N} or {@code section/N}. */
    record Found(String place, String where, String message) {
        @Override
        public String toString() {
            return (where.isEmpty() ? "" : where + ": ") + message;
        }
    }

    private static final Pattern PATH = Pattern.compile(
            "^/(learningOutcomes|sections|unknown)?/?(\\d+|[a-zA-Z]+)?(?:/criteria/(\\d+))?(?:/([a-zA-Z]+))?.*$");

    /** The header fields, by the name the unit file gives them, as the form labels them. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("id", "Id"), Map.entry("code", "Code"), Map.entry("title", "Title"),
            Map.entry("awardingBody", "Awarding body"), Map.entry("ocrUnitNumber", "Unit number"),
            Map.entry("sectorUnitNumber", "Sector unit number"), Map.entry("unitReferenceNumber", "Unit reference number"),
            Map.entry("level", "Level"), Map.entry("creditValue", "Credit value"),
            Map.entry("guidedLearningHours", "Guided learning hours"), Map.entry("expiryDate", "Expiry date"),
            Map.entry("thirdColumnHeading", "Third column heading"), Map.entry("incomplete", "What is missing"),
            Map.entry("purpose", "Purpose"), Map.entry("transcriptionNotes", "Transcription notes"),
            Map.entry("learningOutcomes", "Learning outcomes"));

    static DraftSpec of(UnitDraft d) {
        List<Found> found = new ArrayList<>();
        Level level = d.level.get().isBlank() ? null : Level.parse(d.level.get()).orElse(null);
        if (!d.level.get().isBlank() && level == null) {
            found.add(field("level", "\"" + d.level.get().strip() + "\" is not a level; write 1 to 8, or Entry 1 to 3 (E1 to E3)"));
        }
        Integer credit = whole(d.creditValue.get(), "creditValue", found);
        Integer hours = whole(d.guidedLearningHours.get(), "guidedLearningHours", found);
        LocalDate expiry = d.expiryDate.get().isBlank() ? null : PrintedDate.parse(d.expiryDate.get()).orElse(null);
        if (!d.expiryDate.get().isBlank() && expiry == null) {
            found.add(field("expiryDate", "\"" + d.expiryDate.get().strip() + "\" is not a date; write it as 28/02/2015"));
        }
        List<Built> outcomes = outcomes(d.lines, found);
        for (int i = 0; i < d.sections.size(); i++) {
            if (d.sections.get(i).heading.get().isBlank()) {
                found.add(new Found("section/" + i, "Section " + (i + 1), "it has no heading; give the heading as printed"));
            }
        }
        UnitSpec from = d.base;
        Unknowns was = from == null || from.unknown() == null ? Unknowns.NONE : from.unknown();
        Unknowns unknown = new Unknowns(reason(d.title.get(), was.title()), level == null ? reason("", was.level()) : null,
                credit == null ? reason("", was.creditValue()) : null,
                hours == null && was.guidedLearningHours() != null ? was.guidedLearningHours() : null);
        UnitSpec spec = new UnitSpec(UnitSpec.FORMAT_VERSION, blankToNull(d.id.get()), blankToNull(d.awardingBody.get()),
                blankToNull(d.code.get()), blankToNull(d.title.get()), blankToNull(d.ocrUnitNumber.get()),
                blankToNull(d.sectorUnitNumber.get()), blankToNull(d.unitReferenceNumber.get()), level, credit, hours, expiry,
                Paragraphs.of(d.purpose.get()), from == null ? null : from.outcomeStem(),
                from == null ? null : from.criterionStem(), blankToNull(d.thirdColumnHeading.get()),
                outcomes.stream().map(Built::outcome).toList(), d.sections.stream().map(DraftSection::toSection).toList(),
                Paragraphs.of(d.notes.get()), unknown, blankToNull(d.incomplete.get()));
        if (found.isEmpty()) {
            try {
                UnitSpecWriter.toBytes(spec, "the unit");
            } catch (InvalidFileException e) {
                e.problems().stream().map(p -> locate(p, outcomes, spec)).forEach(found::add);
            }
        }
        return new DraftSpec(spec, List.copyOf(found));
    }

    /** A learning outcome as built from the grid, with the grid lines it came from. */
    private record Built(LearningOutcome outcome, int line, List<Integer> criterionLines) {
    }

    /** In the order the unit file keeps them (by number), so a problem's place in the file leads back to its line. */
    private static List<Built> outcomes(List<DraftLine> lines, List<Found> found) {
        List<int[]> heads = new ArrayList<>();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            DraftLine line = lines.get(i);
            if (line.outcome()) {
                int number = parse(line.number());
                if (number < 1) {
                    found.add(new Found("line/" + i, "Learning outcome \"" + line.number() + "\"",
                            "an outcome is numbered 1, 2, 3, ..."));
                }
                heads.add(new int[] {number, i});
                members.add(new ArrayList<>());
            } else if (heads.isEmpty()) {
                found.add(new Found("line/" + i, "Criterion " + line.number(), "it comes before the first learning outcome; move it under one"));
            } else {
                members.get(members.size() - 1).add(i);
            }
        }
        List<Built> built = new ArrayList<>();
        for (int k = 0; k < heads.size(); k++) {
            List<Integer> criteria = members.get(k).stream()
                    .sorted(Comparator.comparing((Integer i) -> lines.get(i).number().strip(), CriterionNumber.ORDER)).toList();
            DraftLine head = lines.get(heads.get(k)[1]);
            built.add(new Built(new LearningOutcome(heads.get(k)[0], head.text().strip(), criteria.stream()
                    .map(i -> new Criterion(lines.get(i).number().strip(), lines.get(i).text().strip(), lines.get(i).incomplete()))
                    .toList(), head.guidance()), heads.get(k)[1], criteria));
        }
        return built.stream().sorted(Comparator.comparingInt(b -> b.outcome().number())).toList();
    }

    /** A problem of the unit file, said of the form: the criterion, outcome, section or field it is about. */
    private static Found locate(Problem p, List<Built> outcomes, UnitSpec spec) {
        Matcher m = PATH.matcher(p.path());
        if (!m.matches() || p.path().isEmpty()) {
            return new Found("", "", p.message());
        }
        // The form says where in its own words, so the file's pointer is left out of the message.
        p = new Problem(p.file(), p.line(), p.column(), p.path(), p.message().replaceFirst("^" + Pattern.quote(p.path()) + ": ", ""));
        String part = m.group(1);
        if ("learningOutcomes".equals(part) && m.group(2) != null) {
            Built lo = outcomes.get(Integer.parseInt(m.group(2)));
            String detail = m.group(4) == null || m.group(4).equals("number") ? "" : " " + m.group(4);
            if (m.group(3) != null) {
                int j = Integer.parseInt(m.group(3));
                return new Found("line/" + lo.criterionLines().get(j),
                        "Criterion " + lo.outcome().criteria().get(j).number() + detail, p.message());
            }
            return new Found("line/" + lo.line(), "Learning outcome " + lo.outcome().number() + detail, p.message());
        }
        if ("sections".equals(part) && m.group(2) != null) {
            int i = Integer.parseInt(m.group(2));
            String heading = spec.sections().get(i).heading();
            return new Found("section/" + i, "Section \"" + (heading.isBlank() ? "(no heading)" : heading) + "\""
                    + (m.group(4) == null ? "" : " " + m.group(4)), p.message());
        }
        String name = part == null || "unknown".equals(part) ? m.group(2) : part;
        return field(name, p.message());
    }

    private static Found field(String name, String message) {
        return new Found(name, LABELS.getOrDefault(name, name), message);
    }

    private static Integer whole(String value, String name, List<Found> found) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            found.add(field(name, "\"" + value.strip() + "\" is not a whole number"));
            return null;
        }
    }

    /** A value left blank is unknown; the importer's reason stays, otherwise the form gives one. */
    private static String reason(String value, String was) {
        if (!value.isBlank()) {
            return null;
        }
        return was != null ? was : "not given when the unit was written";
    }

    private static int parse(String number) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
