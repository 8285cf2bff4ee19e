package ers.ui.units;

import ers.spec.LearningOutcome;
import ers.spec.PrintedDate;
import ers.spec.UnitSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * A unit being imported or edited, field by field as the form shows it, checked as the user
 * types against the same rules as a unit file: each problem is kept with the place it is about
 * (a header field, a line of the grid, a section), so the form can say it where the user typed.
 * Only the column stems, which the form does not show, are kept as they were.
 */
public final class UnitDraft {

    final StringProperty id = new SimpleStringProperty("");
    final StringProperty code = new SimpleStringProperty("");
    final StringProperty title = new SimpleStringProperty("");
    final StringProperty awardingBody = new SimpleStringProperty("");
    final StringProperty ocrUnitNumber = new SimpleStringProperty("");
    final StringProperty sectorUnitNumber = new SimpleStringProperty("");
    final StringProperty unitReferenceNumber = new SimpleStringProperty("");
    final StringProperty level = new SimpleStringProperty("");
    final StringProperty creditValue = new SimpleStringProperty("");
    final StringProperty guidedLearningHours = new SimpleStringProperty("");
    final StringProperty expiryDate = new SimpleStringProperty("");
    final StringProperty thirdColumnHeading = new SimpleStringProperty("");
    final StringProperty incomplete = new SimpleStringProperty("");
    final StringProperty purpose = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final ObservableList<DraftLine> lines = FXCollections.observableArrayList();
    final ObservableList<DraftSection> sections = FXCollections.observableArrayList(DraftSection::parts);
    final ObservableList<DraftSpec.Found> found = FXCollections.observableArrayList();
    /** The first problem at each place: a field's name ({@code level}), {@code line/N} or {@code section/N}. */
    final ObservableMap<String, String> problemAt = FXCollections.observableHashMap();
    final ObservableList<String> notFound = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    UnitSpec base;
    /** The unit as last loaded from or saved to its file; null while it is in no file. */
    private UnitSpec clean;

    public UnitDraft() {
        for (Observable o : new Observable[] {id, code, title, awardingBody, ocrUnitNumber, sectorUnitNumber,
                unitReferenceNumber, level, creditValue, guidedLearningHours, expiryDate, thirdColumnHeading, incomplete,
                purpose, notes, lines, sections}) {
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
        ocrUnitNumber.set(text(unit.ocrUnitNumber()));
        sectorUnitNumber.set(text(unit.sectorUnitNumber()));
        unitReferenceNumber.set(text(unit.unitReferenceNumber()));
        level.set(unit.level() == null ? "" : unit.level().toString());
        creditValue.set(unit.creditValue() == null ? "" : unit.creditValue().toString());
        guidedLearningHours.set(unit.guidedLearningHours() == null ? "" : unit.guidedLearningHours().toString());
        expiryDate.set(unit.expiryDate() == null ? "" : PrintedDate.print(unit.expiryDate()));
        thirdColumnHeading.set(text(unit.thirdColumnHeading()));
        incomplete.set(text(unit.incomplete()));
        purpose.set(Paragraphs.text(unit.purpose()));
        notes.set(Paragraphs.text(unit.transcriptionNotes()));
        List<DraftLine> all = new ArrayList<>();
        for (LearningOutcome lo : unit.learningOutcomes()) {
            all.add(DraftLine.outcome(lo.number(), lo.title(), lo.guidance()));
            lo.criteria().forEach(c -> all.add(DraftLine.criterion(c.number(), c.text(), c.textIncomplete())));
        }
        lines.setAll(all);
        sections.setAll(unit.sections().stream().map(DraftSection::of).toList());
        notFound.setAll(missing);
        check();
        clean = DraftSpec.of(this).spec();
    }

    /** The unit shown was read from a text, so it is in no file until saved. */
    void notYetSaved() {
        clean = null;
    }

    void markSaved() {
        clean = DraftSpec.of(this).spec();
    }

    /** Whether closing the form now would lose what the user read or typed. */
    public boolean unsaved() {
        return base != null && !DraftSpec.of(this).spec().equals(clean);
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public List<String> problems() {
        return found.stream().map(DraftSpec.Found::toString).toList();
    }

    public String id() {
        return id.get().strip();
    }

    /** The unit as the form shows it, if it would load as a unit file. */
    public Optional<UnitSpec> spec() {
        DraftSpec built = DraftSpec.of(this);
        return built.found().isEmpty() ? Optional.of(built.spec()) : Optional.empty();
    }

    private void check() {
        DraftSpec built = DraftSpec.of(this);
        found.setAll(built.found());
        Map<String, String> at = new LinkedHashMap<>();
        built.found().forEach(f -> at.putIfAbsent(f.place(), f.message()));
        problemAt.keySet().retainAll(at.keySet());
        problemAt.putAll(at);
        valid.set(built.found().isEmpty());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
