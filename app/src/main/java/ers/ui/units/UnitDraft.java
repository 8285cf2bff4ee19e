package ers.ui.units;

import ers.json.InvalidFileException;
import ers.json.Problem;
import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import ers.spec.Level;
import ers.spec.UnitSpec;
import ers.spec.UnitSpecWriter;
import ers.spec.Unknowns;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A unit being imported or edited, field by field as the form shows it, checked as the user
 * types against the same rules as a unit file: the problems list says what would stop it loading.
 * What the form does not edit (purpose, third column, sections, stems) is kept from the unit it started from.
 */
public final class UnitDraft {

    final StringProperty id = new SimpleStringProperty("");
    final StringProperty code = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty awardingBody = new SimpleStringProperty("");
    final StringProperty level = new SimpleStringProperty("");
    final StringProperty creditValue = new SimpleStringProperty("");
    final StringProperty guidedLearningHours = new SimpleStringProperty("");
    final StringProperty incomplete = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final ObservableList<DraftLine> lines = FXCollections.observableArrayList();
    final ObservableList<String> problems = FXCollections.observableArrayList();
    final ObservableList<String> notFound = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private UnitSpec base;

    public UnitDraft() {
        for (Observable o : new Observable[] {id, code, title, awardingBody, level, creditValue, guidedLearningHours,
                incomplete, notes, lines}) {
            o.addListener(x -> check());
        }
    }

    /** Shows {@code unit} in the form; {@code missing} names the fields the importer did not find. */
    public void load(UnitSpec unit, List<String> missing) {
        base = unit;
        id.set(text(unit.id()));
        code.set(text(unit.code()));
        title.set(text(unit.title()));
        awardingBody.set(text(unit.awardingBody()));
        level.set(unit.level() == null ? "" : unit.level().toString());
        creditValue.set(unit.creditValue() == null ? "" : unit.creditValue().toString());
        guidedLearningHours.set(unit.guidedLearningHours() == null ? "" : unit.guidedLearningHours().toString());
        incomplete.set(text(unit.incomplete()));
        notes.set(String.join("\n", unit.transcriptionNotes()));
        List<DraftLine> all = new ArrayList<>();
        for (LearningOutcome lo : unit.learningOutcomes()) {
            all.add(DraftLine.outcome(lo.number(), lo.title()));
            lo.criteria().forEach(c -> all.add(DraftLine.criterion(c.number(), c.text(), c.textIncomplete())));
        }
        lines.setAll(all);
        notFound.setAll(missing);
        check();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public String id() {
        return id.get().strip();
    }

    /** The unit as the form shows it, if it would load as a unit file. */
    public Optional<UnitSpec> spec() {
        List<String> found = new ArrayList<>();
        UnitSpec spec = build(found);
        return found.isEmpty() ? Optional.of(spec) : Optional.empty();
    }

    /** Outcomes 1, 2, ... in the order listed, and under each its criteria n.1, n.2, ... in order. */
    public void renumber() {
        int outcome = 0;
        int criterion = 0;
        List<DraftLine> renumbered = new ArrayList<>();
        for (DraftLine line : lines) {
            if (line.outcome()) {
                outcome++;
                criterion = 0;
                renumbered.add(line.withNumber(String.valueOf(outcome)));
            } else {
                criterion++;
                renumbered.add(line.withNumber(Math.max(outcome, 1) + "." + criterion));
            }
        }
        lines.setAll(renumbered);
    }

    public void move(int index, int by) {
        int to = index + by;
        if (index < 0 || index >= lines.size() || to < 0 || to >= lines.size()) {
            return;
        }
        DraftLine line = lines.remove(index);
        lines.add(to, line);
    }

    /** A new outcome after the last, or a new criterion after the line at {@code index}, numbered next. */
    public int add(boolean outcome, int index) {
        if (outcome) {
            int next = lines.stream().filter(DraftLine::outcome).mapToInt(l -> parse(l.number(), 0)).max().orElse(0) + 1;
            lines.add(DraftLine.outcome(next, "New learning outcome"));
            return lines.size() - 1;
        }
        int at = Math.min(Math.max(index, 0), Math.max(lines.size() - 1, 0));
        int owner = at;
        while (owner > 0 && !lines.get(owner).outcome()) {
            owner--;
        }
        String lo = lines.isEmpty() ? "1" : lines.get(owner).number();
        long count = lines.stream().filter(l -> !l.outcome() && l.number().startsWith(lo + ".")).count();
        lines.add(lines.isEmpty() ? 0 : at + 1, DraftLine.criterion(lo + "." + (count + 1), "New criterion", false));
        return lines.isEmpty() ? 0 : at + 1;
    }

    private void check() {
        List<String> found = new ArrayList<>();
        build(found);
        problems.setAll(found);
        valid.set(found.isEmpty());
    }

    private UnitSpec build(List<String> found) {
        Level theLevel = level.get().isBlank() ? null : Level.parse(level.get()).orElse(null);
        if (!level.get().isBlank() && theLevel == null) {
            found.add("Level: \"" + level.get().strip() + "\" is not a level; write 1 to 8, or Entry 1 to 3 (E1 to E3)");
        }
        Integer credit = whole(creditValue.get(), "Credit value", found);
        Integer hours = whole(guidedLearningHours.get(), "Guided learning hours", found);
        List<LearningOutcome> outcomes = outcomes(found);
        UnitSpec from = base;
        Unknowns was = from == null || from.unknown() == null ? Unknowns.NONE : from.unknown();
        Unknowns unknown = new Unknowns(reason(title.get(), was.title()), theLevel == null ? reason("", was.level()) : null,
                credit == null ? reason("", was.creditValue()) : null,
                hours == null && was.guidedLearningHours() != null ? was.guidedLearningHours() : null);
        UnitSpec spec = new UnitSpec(UnitSpec.FORMAT_VERSION, blankToNull(id.get()), blankToNull(awardingBody.get()),
                blankToNull(code.get()), blankToNull(title.get()), from == null ? null : from.ocrUnitNumber(),
                from == null ? null : from.sectorUnitNumber(), from == null ? null : from.unitReferenceNumber(),
                theLevel, credit, hours, from == null ? null : from.expiryDate(), from == null ? List.of() : from.purpose(),
                from == null ? null : from.outcomeStem(), from == null ? null : from.criterionStem(),
                from == null ? null : from.thirdColumnHeading(), outcomes, from == null ? List.of() : from.sections(),
                notes.get().lines().map(String::strip).filter(l -> !l.isEmpty()).toList(), unknown,
                blankToNull(incomplete.get()));
        if (found.isEmpty()) {
            try {
                UnitSpecWriter.toBytes(spec, "the unit");
            } catch (InvalidFileException e) {
                e.problems().stream().map(p -> describe(p, spec)).forEach(found::add);
            }
        }
        return spec;
    }

    private List<LearningOutcome> outcomes(List<String> found) {
        List<LearningOutcome> outcomes = new ArrayList<>();
        Integer number = null;
        String outcomeTitle = null;
        List<Criterion> criteria = new ArrayList<>();
        for (DraftLine line : lines) {
            if (line.outcome()) {
                if (number != null) {
                    outcomes.add(outcome(number, outcomeTitle, criteria));
                }
                number = parse(line.number(), -1);
                if (number < 1) {
                    found.add("Learning outcome \"" + line.number() + "\": an outcome is numbered 1, 2, 3, ...");
                }
                outcomeTitle = line.text();
                criteria = new ArrayList<>();
            } else if (number == null) {
                found.add("Criterion " + line.number() + " comes before the first learning outcome; move it under one");
            } else {
                criteria.add(new Criterion(line.number().strip(), line.text().strip(), line.incomplete()));
            }
        }
        if (number != null) {
            outcomes.add(outcome(number, outcomeTitle, criteria));
        }
        return outcomes;
    }

    private static LearningOutcome outcome(int number, String title, List<Criterion> criteria) {
        return new LearningOutcome(number, title.strip(), criteria, List.of());
    }

    /** A problem in the form's words: which outcome or criterion, then what is wrong. */
    private static String describe(Problem p, UnitSpec spec) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^/learningOutcomes/(\\d+)(?:/criteria/(\\d+))?(/.*)?$")
                .matcher(p.path());
        String where = p.path().replaceFirst("^/", "");
        if (m.matches()) {
            LearningOutcome lo = spec.learningOutcomes().get(Integer.parseInt(m.group(1)));
            where = m.group(2) == null ? "learning outcome " + lo.number()
                    : "criterion " + lo.criteria().get(Integer.parseInt(m.group(2))).number();
            where += m.group(3) == null ? "" : " " + m.group(3).substring(1);
        }
        return (where.isEmpty() ? "" : where + ": ") + p.message();
    }

    private static Integer whole(String value, String what, List<String> found) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            found.add(what + ": \"" + value.strip() + "\" is not a whole number");
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

    private static int parse(String number, int otherwise) {
        try {
            return Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
